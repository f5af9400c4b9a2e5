package io.kfp4j.sdk.ir;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline's arguments checked against its parameters before anything runs, whatever runs it (the embedded engine,
 * a KFP server): unknown names, missing required values and text its type cannot read ({@code rows=abc} for an
 * {@code Integer}) fail here, naming pipeline, parameter and type, not as a task's exit code later.
 */
public final class PipelineArguments {
  private PipelineArguments() {}

  /**
   * Every parameter's value as KFP text: the argument given (a String is taken as KFP text and checked against the
   * parameter's type, any other value serialized by it), else the parameter's default.
   *
   * @throws Kfp4jException ({@link Kind#INVALID_INPUT}, naming pipeline and parameter) for an argument the pipeline
   *     has no parameter for, a required parameter without one, or a value its type cannot read
   */
  public static Map<String, String> resolve(PipelineGraph graph, Map<String, ?> arguments) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    for (PipelineParameter p : graph.parameters()) {
      known.add(p.name());
      Object given = arguments.get(p.name());
      if (given != null) {
        try {
          values.put(p.name(), given instanceof String s ? s : TypeRegistry.standard().serialize(given, p.kfpType()));
        } catch (TypeConversionException e) {
          throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", parameter \"" + p.name()
              + "\": " + e.getMessage(), null, Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.PARAMETER,
              p.name()), e);
        }
        if (given instanceof String text) {
          checkText(graph, p, text);
        }
      } else if (p.defaultText() != null) {
        checkDefault(graph, p);
        values.put(p.name(), p.defaultText());
      } else {
        throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\" needs a value for parameter \""
            + p.name() + "\" (it has no default)", "pass it in the arguments", Kfp4jException.facts(Fact.PIPELINE,
            graph.name(), Fact.PARAMETER, p.name(), Fact.OPTION, "parameter"), null);
      }
    }
    for (String name : arguments.keySet()) {
      if (!known.contains(name)) {
        throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\" has no parameter \"" + name
            + "\"; its parameters are: " + (known.isEmpty() ? "none" : String.join(", ", graph.parameters().stream()
                .map(PipelineParameter::name).toList())), null, Kfp4jException.facts(Fact.PIPELINE, graph.name(),
            Fact.PARAMETER, name), null);
      }
    }
    return values;
  }

  /**
   * Checks a parameter given as KFP text against its type before any task starts, as the component reading it would
   * ({@code rows=abc} for an {@code Integer} fails here, not as a task's exit code later).
   */
  private static void checkText(PipelineGraph graph, PipelineParameter p, String text) {
    if (p.kfpType() == null || TypeRegistry.standard().find(p.kfpType()).isEmpty()) {
      return; // untyped, or a type kfp4j does not read: passed on as text, as KFP does
    }
    try {
      TypeRegistry.standard().deserialize(text, p.kfpType());
    } catch (TypeConversionException e) {
      throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", parameter \"" + p.name()
          + "\" (type " + p.kfpType() + "): " + e.getMessage(),
          "pass " + article(p.kfpType()) + " " + p.kfpType() + " as KFP text" + example(p.kfpType()),
          Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.PARAMETER, p.name(), Fact.OPTION, "parameter-value"),
          e);
    }
  }

  /**
   * Checks a parameter's default when it stands in for a missing argument: a default its type cannot read
   * ({@code @Default("x") Param<Double>}) fails here, naming it, not in the first task that reads it.
   */
  private static void checkDefault(PipelineGraph graph, PipelineParameter p) {
    if (p.kfpType() == null || TypeRegistry.standard().find(p.kfpType()).isEmpty()) {
      return;
    }
    try {
      TypeRegistry.standard().deserialize(p.defaultText(), p.kfpType());
    } catch (TypeConversionException e) {
      throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", parameter \"" + p.name()
          + "\" (type " + p.kfpType() + "): its default is not " + article(p.kfpType()) + " " + p.kfpType() + ": "
          + e.getMessage(), "give it a default its type reads (@Default or the default of p.param)" + example(p.kfpType())
          + ", or pass a value", Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.PARAMETER, p.name(),
          Fact.OPTION, "parameter-value"), e);
    }
  }

  private static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String example(String kfpType) {
    return switch (kfpType) {
      case "Integer" -> ", e.g. 42";
      case "Float" -> ", e.g. 1.5";
      case "Boolean" -> ", e.g. True or False";
      case "JsonArray", "List" -> ", e.g. [1, 2]";
      case "JsonObject", "Dict" -> ", e.g. {\"a\": 1}";
      default -> "";
    };
  }
}
