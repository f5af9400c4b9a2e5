package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The pipeline index: pipelines whose names KFP sanitizes alike live in one compilation and share one index file. */
class PipelineIndexTest {
  private static final JavaFileObject FLOWS = TestSupport.source("io.acme.Flows", """
      package io.acme;

      import io.kfp4j.annotations.Pipeline;
      import io.kfp4j.sdk.Param;

      public final class Flows {
        @Pipeline(name = "pipeline flip coin")
        public static void flipCoin(Param<String> who) {}

        @Pipeline(name = "pipeline-flip-coin")
        public static void flipCoinAgain(Param<String> who) {}

        public static final class Nested {
          @Pipeline(name = "other")
          public static void other() {}
        }
      }
      """);

  @Test
  void namesEqualAfterSanitizingShareOneIndexFileWithALineEach() {
    Compilation compilation = TestSupport.stubJavac().compile(FLOWS);
    assertThat(compilation).succeeded();
    assertEquals("io.acme.FlipCoinPipeline io.acme.Flows#flipCoin\n"
        + "io.acme.FlipCoinAgainPipeline io.acme.Flows#flipCoinAgain\n",
        TestSupport.resource(compilation, "META-INF/kfp4j/pipelines/pipeline-flip-coin"));
    assertEquals("io.acme.OtherPipeline io.acme.Flows$Nested#other\n",
        TestSupport.resource(compilation, "META-INF/kfp4j/pipelines/other"));
  }
}
