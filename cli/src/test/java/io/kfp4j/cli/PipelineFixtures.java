package io.kfp4j.cli;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Importer;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.PipelineBuildException;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;

/**
 * Pipeline classes shaped like kfp4j-processor's (a {@code NAME} and a {@code public static PipelineGraph spec()}),
 * for the failures of {@code kfp4j compile}. They are on the test classpath, that is kfp4j's own classpath;
 * {@code V2Only} is also indexed there (src/test/resources/META-INF/kfp4j/pipelines/v2-only).
 */
public final class PipelineFixtures {
  private PipelineFixtures() {}

  /** Builds, but cannot be compiled: its component uses a KFP v2 placeholder. */
  public static final class V2Only {
    public static final String NAME = "v2-only";

    private V2Only() {}

    public static PipelineGraph spec() {
      ComponentDefinition component = ComponentDefinition.fromText(String.join("\n",
          "name: Needs v2",
          "implementation:",
          "  container:",
          "    image: alpine",
          "    command: [cat]",
          "    args: [{executorInput: null}]",
          ""));
      return Pipelines.builder(NAME).build(p -> component.task(Map.of()));
    }
  }

  /**
   * A resource task the embedded engine cannot run (it creates a Secret: no cluster here), whose name a shell task
   * downstream writes to its output {@code said}: it runs here only with a test double for {@code create-secret}.
   */
  public static final class Secret {
    public static final String NAME = "secret";

    private Secret() {}

    public static PipelineGraph spec() {
      ComponentDefinition echo = ComponentDefinition.fromText(String.join("\n",
          "name: Echo",
          "inputs: [{name: text}]",
          "outputs: [{name: said}]",
          "implementation:",
          "  container: {image: busybox, command: [sh, -ec, 'printf %s \"$0\" > \"$1\"', {inputValue: text},"
              + " {outputPath: said}]}",
          ""));
      return Pipelines.builder(NAME).build(p -> {
        ResourceOp secret = ResourceOp.named("create-secret")
            .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("generateName", "s-")))
            .build();
        echo.task(Map.of("text", secret.output()));
      });
    }
  }

  /**
   * An importer of a {@code gs://} URI given as the pipeline parameter {@code uri}, whose file a task downstream
   * reads into its output {@code text}: it runs here only with a test double for {@code importer} or a local path
   * for {@code uri}.
   */
  public static final class Import {
    public static final String NAME = "import";

    private Import() {}

    public static PipelineGraph spec() {
      ComponentDefinition read = ComponentDefinition.fromText(String.join("\n",
          "name: Read",
          "inputs: [{name: data, type: Dataset}]",
          "outputs: [{name: text}]",
          "implementation:",
          "  container: {image: busybox, command: [sh, -ec, 'cat \"$0\" > \"$1\"', {inputPath: data},"
              + " {outputPath: text}]}",
          ""));
      return Pipelines.builder(NAME).build(p -> {
        Param<String> uri = p.param("uri", String.class, "gs://bucket/data.csv");
        read.task(Map.of("data", Importer.of(uri, "system.Dataset").output()));
      });
    }
  }

  /** Cannot be built: a pipeline name without letters or digits. */
  public static final class BadName {
    public static final String NAME = "???";

    private BadName() {}

    public static PipelineGraph spec() {
      return Pipelines.builder(NAME).build(p -> {});
    }
  }

  /** Its method throws something that is not kfp4j's. */
  public static final class Throws {
    public static final String NAME = "throws";

    private Throws() {}

    public static PipelineGraph spec() {
      throw new IllegalStateException("the database is down");
    }
  }

  /**
   * One task, built only when the thread's context class loader is the command's loader of the project's classes
   * (generated component factories may load their component.yaml through it).
   */
  public static final class ContextLoader {
    public static final String NAME = "context-loader";

    private ContextLoader() {}

    public static PipelineGraph spec() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null || loader.getResource("META-INF/kfp4j/pipelines/addition-pipeline") == null) {
        throw new PipelineBuildException("the context class loader " + loader + " does not see the project");
      }
      ComponentDefinition component = ComponentDefinition.fromText(String.join("\n",
          "name: Hello",
          "implementation:",
          "  container:",
          "    image: alpine",
          "    command: [echo, hello]",
          ""));
      return Pipelines.builder(NAME).build(p -> component.task(Map.of()));
    }
  }
}
