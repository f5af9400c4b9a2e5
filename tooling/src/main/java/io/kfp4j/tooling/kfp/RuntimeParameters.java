package io.kfp4j.tooling.kfp;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import io.kfp4j.sdk.ir.PipelineArguments;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arguments given as KFP text ({@code --param a=7}) as a v2 run's {@code runtime_config.parameters}: each read by its
 * parameter's KFP type, so a {@code Float} is the number {@code 7.0}, a {@code Bool} {@code true}, a
 * {@code JsonArray} a list; untyped parameters stay text. Parameters not given are left to the pipeline spec's
 * defaults.
 */
public final class RuntimeParameters {
  private RuntimeParameters() {}

  /**
   * The typed values of the given arguments.
   *
   * @throws Kfp4jException as {@link PipelineArguments#resolve} does, before anything is sent
   */
  public static Map<String, Object> of(PipelineGraph graph, Map<String, String> arguments) {
    PipelineArguments.resolve(graph, arguments);
    Map<String, Object> values = new LinkedHashMap<>();
    for (PipelineParameter p : graph.parameters()) {
      String text = arguments.get(p.name());
      if (text == null) {
        continue;
      }
      try {
        values.put(p.name(), TypeRegistry.standard().deserialize(text, p.kfpType()));
      } catch (TypeConversionException e) {
        throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", parameter \"" + p.name()
            + "\": " + e.getMessage(), null, Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.PARAMETER,
            p.name(), Fact.OPTION, "parameter-value"), e);
      }
    }
    return values;
  }
}
