package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The v2 inputs and outputs of a v1 component, keyed by their v1 names, as KFP 2 converts a v1 component: names
 * sanitized ({@code Model path} becomes {@code model_path}), types mapped by {@link TypeMapping}, an input with a
 * default optional, descriptions dropped. A component kfp4j generated from a Java method (its command runs kfp4j's
 * launcher) keeps its names, which are already what a KFP 2 Python component would name them ({@code Output}).
 *
 * @param inputs v1 input name to v2 port, in declaration order
 * @param outputs v1 output name to v2 port, in declaration order
 */
record ComponentPorts(Map<String, Port> inputs, Map<String, Port> outputs) {
  static final String LAUNCHER = "io.kfp4j.launcher.Launcher";

  ComponentPorts {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  static ComponentPorts of(ComponentSpec spec) {
    if (spec.v2Native().isPresent()) {
      return published(spec, spec.v2Native().get().component());
    }
    boolean authored = keepsNames(spec);
    Map<String, Port> inputs = new LinkedHashMap<>();
    for (InputSpec input : spec.inputs()) {
      IoType type = TypeMapping.of(input.type());
      boolean optional = input.optional() || input.defaultValue() != null;
      JsonNode defaultValue = type instanceof IoType.Parameter p && input.defaultValue() != null
          ? defaultValue(p.parameterType(), input.defaultValue()) : null;
      inputs.put(input.name(), new Port(name(input.name(), authored), type, optional, defaultValue));
    }
    Map<String, Port> outputs = new LinkedHashMap<>();
    for (OutputSpec output : spec.outputs()) {
      outputs.put(output.name(), new Port(name(output.name(), authored), TypeMapping.of(output.type()), false, null));
    }
    return new ComponentPorts(inputs, outputs);
  }

  /**
   * The ports of a component loaded from a KFP v2 component file, as its file declares them: names, types (an
   * artifact's schema title and version, e.g. {@code system.Metrics}), optional flags and defaults kept.
   */
  private static ComponentPorts published(ComponentSpec spec, JsonNode component) {
    Map<String, Port> inputs = new LinkedHashMap<>();
    for (InputSpec input : spec.inputs()) {
      inputs.put(input.name(), publishedPort(component.path("inputDefinitions"), input.name()));
    }
    Map<String, Port> outputs = new LinkedHashMap<>();
    for (OutputSpec output : spec.outputs()) {
      outputs.put(output.name(), publishedPort(component.path("outputDefinitions"), output.name()));
    }
    return new ComponentPorts(inputs, outputs);
  }

  private static Port publishedPort(JsonNode definitions, String name) {
    JsonNode parameter = definitions.path("parameters").get(name);
    if (parameter != null) {
      return new Port(name, new IoType.Parameter(parameter.path("parameterType").asText()),
          parameter.path("isOptional").asBoolean(false), parameter.get("defaultValue"));
    }
    JsonNode artifact = definitions.path("artifacts").path(name);
    JsonNode type = artifact.path("artifactType");
    return new Port(name, new IoType.Artifact(type.path("schemaTitle").asText(), type.path("schemaVersion").asText()),
        artifact.path("isOptional").asBoolean(false), null);
  }

  /**
   * Whether the component's names are already v2 names, kept as they are: kfp4j generated it from a Java method, or
   * it was loaded from a KFP v2 component file.
   */
  static boolean keepsNames(ComponentSpec spec) {
    return authoredByKfp4j(spec) || spec.v2Native().isPresent();
  }

  /** Whether kfp4j generated the component from a Java method: its command runs kfp4j's launcher. */
  static boolean authoredByKfp4j(ComponentSpec spec) {
    return spec.container().map(c -> c.command().stream()
        .anyMatch(a -> a instanceof Arg.Literal l && LAUNCHER.equals(l.value()))).orElse(false);
  }

  private static String name(String v1Name, boolean authored) {
    return authored ? v1Name : Names.inputName(v1Name);
  }

  /** A v1 default as KFP 2 reads it ({@code deserialize_v1_component_yaml_default}); JSON that does not parse stays text. */
  private static JsonNode defaultValue(String parameterType, Scalar value) {
    String text = value.asText();
    try {
      return TypeMapping.value(parameterType, text);
    } catch (IllegalArgumentException e) {
      if (parameterType.equals("STRUCT") || parameterType.equals("LIST")) {
        return JsonNodeFactory.instance.textNode(text);
      }
      throw e;
    }
  }
}
