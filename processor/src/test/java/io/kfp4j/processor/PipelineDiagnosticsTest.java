package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in a {@code @Pipeline} method are compile errors on the parameter or method, naming the fix. */
class PipelineDiagnosticsTest {
  @Test
  void aDefaultItsParametersTypeCannotReadIsAnErrorOnTheParameter() {
    JavaFileObject flows = TestSupport.source("io.acme.Flows", """
        package io.acme;

        import io.kfp4j.annotations.Default;
        import io.kfp4j.annotations.Pipeline;
        import io.kfp4j.sdk.Param;
        import java.util.List;

        public final class Flows {
          @Pipeline(name = "defaults")
          public static void defaults(@Default("x") Param<Double> rate, @Default("maybe") Param<Boolean> strict,
              @Default("1.5") Param<Integer> rows, @Default("[1, 2") Param<List<Integer>> sizes,
              @Default("anything") Param<String> text, @Default("1e-3") Param<Double> good) {}
        }
        """);
    Compilation compilation = TestSupport.stubJavac().compile(flows);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("@Default(\"x\") is not a valid Float: Text \"x\" cannot be"
        + " deserialized as KFP type \"Float\"").inFile(flows).onLineContaining("Param<Double> rate");
    assertThat(compilation).hadErrorContaining("@Default(\"maybe\") is not a valid Boolean").inFile(flows)
        .onLineContaining("Param<Boolean> strict");
    assertThat(compilation).hadErrorContaining("@Default(\"1.5\") is not a valid Integer").inFile(flows)
        .onLineContaining("Param<Integer> rows");
    assertThat(compilation).hadErrorContaining("@Default(\"[1, 2\") is not a valid JsonArray").inFile(flows)
        .onLineContaining("Param<List<Integer>> sizes");
  }
}
