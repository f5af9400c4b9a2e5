package io.kfp4j.sdk.local.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's Python {@code add.yaml}, as a typed stub ({@code io.kfp4j.sdk.local.stubs.AddOp}, made at test-compile
 * time by {@code -Akfp4j.stubs} in this module's pom), wired with the Java {@code add} component: each feeds the
 * other, and both run on the local engine, the Python one with the host's {@code python3}.
 */
class MixedAddRunTest {

  static PipelineGraph mixed() {
    return Pipelines.builder("mixed-addition").build(p -> {
      Param<Double> a = p.param("a", Double.class, "1");
      Param<Double> b = p.param("b", Double.class, "7");
      var python = io.kfp4j.sdk.local.stubs.AddOp.add(a, b);              // Python: a + b
      var java = AddOp.add(python.output(), b);                         // Java: (a + b) + b
      io.kfp4j.sdk.local.stubs.AddOp.add(java.output(), python.output());  // Python: (a + 2b) + (a + b)
    });
  }

  @Test
  void pythonStubAndJavaComponentAddUp(@TempDir Path root) {
    RunResult run = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS)
        .run(mixed(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), run.record().toString());
    assertEquals("15.0", run.output("add", "Output"));
    assertEquals("23.0", run.output("add-2", "Output"));
    assertEquals("38.0", run.output("add-3", "Output"));
    // typed: the Python task read through its stub, the Java one through its factory
    double python = io.kfp4j.sdk.local.stubs.AddOp.result(run, "add");
    assertEquals(15.0, python);
    assertEquals(23.0, AddOp.result(run, "add-2"));
    assertEquals(38.0, io.kfp4j.sdk.local.stubs.AddOp.result(run, "add-3"));
  }

  @Test
  void theStubCarriesTheDigestOfTheFile() {
    Path file = Path.of(System.getProperty("kfp4j.reference"), "kfp-sdk-outputs/add.component.yaml");
    assertEquals(io.kfp4j.runtime.yaml.ComponentLoader.standard().fromFile(file).digest(),
        io.kfp4j.sdk.local.stubs.AddOp.COMPONENT.loaded().digest());
  }
}
