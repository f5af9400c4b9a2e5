package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.runtime.metrics.UiOutputs;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The parameters that report to KFP's UI: {@code @OutputPath Metrics} and {@code @OutputPath UiMetadata}
 * ({@code io.kfp4j.runtime.metrics}). Each becomes the output KFP's lightweight components name
 * ({@code mlpipeline_metrics} of type {@code Metrics}, {@code mlpipeline_ui_metadata} of type {@code UI_metadata}),
 * at most one of each per component. One instance reads one method.
 */
final class ReportPorts {
  /** One kind of report: its Java type, its KFP output and type. */
  enum Kind {
    METRICS(GeneratedCodeTypes.METRICS, UiOutputs.METRICS_OUTPUT, UiOutputs.METRICS_TYPE, "metric"),
    UI_METADATA(GeneratedCodeTypes.UI_METADATA, UiOutputs.UI_METADATA_OUTPUT, UiOutputs.UI_METADATA_TYPE,
        "visualization");

    final ClassName javaType;
    final String output;
    final String kfpType;
    final String item;

    Kind(ClassName javaType, String output, String kfpType, String item) {
      this.javaType = javaType;
      this.output = output;
      this.kfpType = kfpType;
      this.item = item;
    }

    String simpleName() {
      return javaType.simpleName();
    }

    /** The kind a type is, if it is one. */
    static Optional<Kind> of(TypeMirror type) {
      for (Kind kind : values()) {
        if (TypeMapper.isType(type, kind.javaType.canonicalName())) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** The problem with a parameter, to report on it, or the port it becomes. */
  sealed interface Read {
    /** A usable report parameter. @param port its port */
    record Ok(Port port) implements Read {}

    /** A misuse. @param message what is wrong and the fix */
    record Problem(String message) implements Read {}
  }

  private final Map<Kind, String> seen = new HashMap<>();

  /**
   * Reads a parameter whose type, or whose {@code Optional}'s argument, is {@code Metrics} or {@code UiMetadata}.
   *
   * @param optional whether it was declared {@code Optional<...>}
   */
  Read read(VariableElement parameter, Kind kind, boolean optional, String description) {
    String java = parameter.getSimpleName().toString();
    String name = kind.simpleName();
    OutputPath outputPath = parameter.getAnnotation(OutputPath.class);
    if (parameter.getAnnotation(InputPath.class) != null) {
      return new Read.Problem(name + " is an output, not an input: KFP shows it on the task's page and passes it to"
          + " no other task; write @OutputPath " + name + " " + java + " (to read a file, take @InputPath Path)");
    }
    if (outputPath == null) {
      return new Read.Problem("a " + name + " parameter is the component's " + kind.output + " output; annotate it"
          + " @OutputPath " + name + " " + java);
    }
    if (!outputPath.value().isEmpty()) {
      return new Read.Problem("the KFP type of a " + name + " output is always " + kind.kfpType + "; write"
          + " @OutputPath without a type (not @OutputPath(\"" + outputPath.value() + "\"))");
    }
    if (optional) {
      return new Read.Problem("a " + name + " output is always written (empty when nothing was added); take "
          + name + ", not Optional<" + name + ">");
    }
    if (parameter.getAnnotation(Default.class) != null) {
      return new Read.Problem("an @OutputPath parameter cannot have a @Default; remove it");
    }
    String first = seen.putIfAbsent(kind, java);
    if (first != null) {
      return new Read.Problem("a component has one " + name + " output (KFP's " + kind.output + "), and parameter "
          + first + " is it already; add every " + kind.item + " to " + first + " and remove " + java);
    }
    return new Read.Ok(new Port(kind.output, java, Port.Passing.REPORT,
        new IoType(IoType.Kind.PATH, kind.kfpType, kind.javaType, TypeMapper.ARTIFACT), false, false, null,
        description));
  }

  /** The problem with returning a report type (or a record with one), or {@code null} when the type is none. */
  static String returned(TypeMirror type, String what) {
    return Kind.of(type).map(kind -> what + " cannot be " + kind.simpleName() + ": take it as a parameter"
        + " @OutputPath " + kind.simpleName() + " and add to it; the launcher writes it when the method returns")
        .orElse(null);
  }
}
