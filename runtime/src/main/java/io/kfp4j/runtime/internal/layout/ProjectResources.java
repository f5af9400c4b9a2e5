package io.kfp4j.runtime.internal.layout;

/**
 * Where kfp4j keeps what the processor writes into a project's class output, named once for the processor, the
 * launcher, the image builder and the front ends that read them.
 */
public final class ProjectResources {
  /** The folder of everything kfp4j writes. */
  public static final String ROOT = "META-INF/kfp4j/";
  /** Component specs: {@code <key>.component.yaml}. */
  public static final String COMPONENTS = ROOT + "components/";
  /** Pipelines: a file per sanitized pipeline name naming the generated class. */
  public static final String PIPELINES = ROOT + "pipelines/";
  /** Specs of typed stubs: {@code <package>/<key>.component.yaml}. */
  public static final String STUBS = ROOT + "stubs/";
  /** The file name ending of a component spec. */
  public static final String SPEC_SUFFIX = ".component.yaml";

  private ProjectResources() {}

  /** The spec of an authored component: {@code META-INF/kfp4j/components/add.component.yaml}. */
  public static String componentSpec(String key) {
    return COMPONENTS + key + SPEC_SUFFIX;
  }

  /** The index of a pipeline: {@code META-INF/kfp4j/pipelines/addition-pipeline}. */
  public static String pipelineIndex(String key) {
    return PIPELINES + key;
  }

  /** The spec of a typed stub: {@code META-INF/kfp4j/stubs/com.example/train.component.yaml}. */
  public static String stubSpec(String packageName, String key) {
    return STUBS + (packageName.isEmpty() ? "" : packageName + "/") + key + SPEC_SUFFIX;
  }
}
