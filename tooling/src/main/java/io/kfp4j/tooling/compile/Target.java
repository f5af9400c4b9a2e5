package io.kfp4j.tooling.compile;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.tooling.ToolingException;
import java.util.Locale;

/**
 * What a pipeline is compiled to: {@link #ARGO}, the Argo workflow KFP 1.8.22 runs (and KFP 2.x servers through the
 * v1beta1 API), or {@link #V2}, KFP v2's pipeline spec (IR) for KFP 2.x servers and Vertex AI Pipelines. Loads no
 * compiler: front ends name it in options before anything is built.
 */
public enum Target {
  /** The Argo workflow, as KFP 1.8.22's compiler writes it. */
  ARGO,
  /** KFP v2's pipeline spec, as KFP 2.x's compiler writes it. */
  V2;

  /**
   * The target named {@code argo} or {@code v2} (any case).
   *
   * @throws ToolingException ({@link Kind#INVALID_INPUT}, fact {@code option} {@code target}) for another name
   */
  public static Target of(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "argo" -> ARGO;
      case "v2" -> V2;
      default -> throw new ToolingException(Kind.INVALID_INPUT, "unknown target \"" + name + "\"",
          "give argo (the Argo workflow of KFP 1.8) or v2 (KFP v2's pipeline spec)",
          Kfp4jException.facts(Kfp4jException.Fact.OPTION, "target"), null);
    };
  }

  /** {@code argo} or {@code v2}, as options name it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
