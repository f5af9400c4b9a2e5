package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import java.nio.file.Path;
import java.util.Map;

/**
 * The engine that {@link CrashSoakTest} kills: {@code CrashSoakMain ROOT SALT [RUNNER]} runs {@link #pipeline}, with
 * caching, five tasks at a time.
 */
public final class CrashSoakMain {
  /** Chains of {@link #LENGTH} tasks; {@code CHAINS * LENGTH} tasks in all. */
  static final int CHAINS = 5;
  static final int LENGTH = 10;
  /** Lines each task writes, one every 20 ms, before its END line. */
  static final int LINES = 5;

  private CrashSoakMain() {}

  /** A link: copies its upstream's last line, writes {@link #LINES} lines slowly, then {@code END name salt}. */
  static ComponentDefinition link(String image, boolean head) {
    String lines = "i=1; while [ $i -le " + LINES + " ]; do echo \"$0 $1 line $i\" >> \"$OUT\"; sleep 0.02;"
        + " i=$((i + 1)); done; echo \"END $0 $1\" >> \"$OUT\"";
    return head ? LocalTesting.shellIn(image, "Head", "OUT=\"$2\"; : > \"$OUT\"; " + lines, "name", "salt", ">out")
        : LocalTesting.shellIn(image, "Link", "OUT=\"$3\"; tail -n 1 \"$2\" > \"$OUT\"; " + lines, "name", "salt",
            "<in", ">out");
  }

  /** {@code chains} chains of {@code length} shell tasks, each reading the one before; parameter {@code salt}. */
  static PipelineGraph pipeline(String image, int chains, int length) {
    ComponentDefinition head = link(image, true);
    ComponentDefinition link = link(image, false);
    return Pipelines.builder("crash-soak").build(p -> {
      var salt = p.param("salt", String.class);
      for (int c = 1; c <= chains; c++) {
        Source<?> previous = head.task(args("name", "c" + c + "-1", "salt", salt)).outputNamed("out");
        for (int i = 2; i <= length; i++) {
          previous = link.task(args("name", "c" + c + "-" + i, "salt", salt, "in", previous)).outputNamed("out");
        }
      }
    });
  }

  public static void main(String[] args) {
    RunnerKind kind = args.length > 2 ? RunnerKind.fromCliName(args[2]) : RunnerKind.SUBPROCESS;
    int chains = kind == RunnerKind.DOCKER ? 2 : CHAINS;
    int length = kind == RunnerKind.DOCKER ? 3 : LENGTH;
    RunResult run = LocalRunner.create().withRoot(Path.of(args[0])).withRunner(kind).withParallelism(CHAINS)
        .run(pipeline(DockerRunTest.IMAGE, chains, length), Map.of("salt", args[1]));
    System.out.println("run " + run.record().id() + " " + run.record().status());
  }
}
