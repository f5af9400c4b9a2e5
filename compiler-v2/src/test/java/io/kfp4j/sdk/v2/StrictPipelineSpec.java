package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kfp_kubernetes.KubernetesExecutorConfigOuterClass.KubernetesExecutorConfig;
import ml_pipelines.PipelineSpecOuterClass.PipelineDeploymentConfig;
import ml_pipelines.PipelineSpecOuterClass.PipelineSpec;
import ml_pipelines.PipelineSpecOuterClass.PlatformSpec;

/**
 * Parses compiled KFP v2 YAML strictly against KFP's own protos (compiled in this module's test build from
 * {@code src/test/proto}): the first document as {@code ml_pipelines.PipelineSpec} (its {@code deploymentSpec}, a
 * {@code Struct} in the proto, also as {@code ml_pipelines.PipelineDeploymentConfig}), the {@code platforms} document
 * as {@code ml_pipelines.PlatformSpec} with each Kubernetes executor config as
 * {@code kfp_kubernetes.KubernetesExecutorConfig}. Unknown fields and badly typed values are refused with the path
 * of the field ({@code root.dag.tasks['add'].componentRef.nme}).
 *
 * <pre>{@code
 * PipelineSpec spec = StrictPipelineSpec.parse(PipelineSpecCompiler.toYaml(graph));
 * StrictPipelineSpec.Platforms platforms = StrictPipelineSpec.platforms(yaml);
 * }</pre>
 *
 * <p>Other modules' tests use it through this module's test-jar, with protobuf-java, protobuf-java-util and
 * proto-google-common-protos as their own test dependencies.
 */
public final class StrictPipelineSpec {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private StrictPipelineSpec() {}

  /**
   * The platform document of a compiled file, parsed strictly.
   *
   * @param spec the whole {@code platforms} document, or the default (empty) one when the file has none
   * @param kubernetesExecutors executor label to its {@code platforms.kubernetes.deploymentSpec.executors} config, in
   *     the file's order
   */
  public record Platforms(PlatformSpec spec, Map<String, KubernetesExecutorConfig> kubernetesExecutors) {
    public Platforms {
      kubernetesExecutors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kubernetesExecutors));
    }
  }

  /** Thrown when a document does not fit its proto; the message names the document and the field path. */
  public static final class StrictParseException extends RuntimeException {
    StrictParseException(String message) {
      super(message);
    }
  }

  /** The first YAML document of {@code yaml} as a {@code PipelineSpec}, parsed strictly. */
  public static PipelineSpec parse(String yaml) {
    List<JsonNode> docs = documents(yaml);
    if (docs.isEmpty() || !docs.get(0).isObject()) {
      throw new StrictParseException("pipeline spec: the first YAML document must be a mapping, not "
          + (docs.isEmpty() ? "nothing" : docs.get(0).getNodeType()));
    }
    JsonNode first = docs.get(0);
    PipelineSpec.Builder spec = PipelineSpec.newBuilder();
    try {
      JsonFormat.parser().merge(JSON.writeValueAsString(checkSpec(first)), spec);
    } catch (IOException e) {
      throw new StrictParseException("pipeline spec: " + e.getMessage());
    }
    return spec.build();
  }

  /**
   * A spec as a tree ({@code pipelineSpec(graph)}, a golden read as JSON) parsed strictly as a {@code PipelineSpec},
   * its {@code deploymentSpec} too; returns the tree for more assertions.
   */
  public static JsonNode checkSpec(JsonNode spec) {
    if (!spec.isObject()) {
      throw new StrictParseException("pipeline spec: must be a mapping, not " + spec.getNodeType());
    }
    strict(spec, PipelineSpec.newBuilder(), "pipeline spec", "");
    JsonNode deployment = spec.get("deploymentSpec");
    if (deployment != null && !deployment.isNull()) {
      strict(deployment, PipelineDeploymentConfig.newBuilder(), "pipeline spec", "deploymentSpec");
    }
    return spec;
  }

  /**
   * A whole compiled text parsed strictly: the spec, and the {@code platforms} document when there is one (each
   * Kubernetes executor config too). Returns the documents as trees, the spec first.
   */
  public static List<JsonNode> check(String yaml) {
    parse(yaml);
    platforms(yaml);
    return documents(yaml);
  }

  /** The file's first YAML document as a {@code PipelineSpec}, parsed strictly; errors name the file. */
  public static PipelineSpec parse(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (StrictParseException e) {
      throw new StrictParseException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code platforms} document of {@code yaml} (the document after the spec whose only key is
   * {@code platforms}), parsed strictly, each {@code kubernetes} executor config as {@code KubernetesExecutorConfig};
   * every executor it configures must be one of the spec's {@code deploymentSpec.executors}.
   */
  public static Platforms platforms(String yaml) {
    List<JsonNode> docs = documents(yaml);
    if (docs.size() > 2) {
      throw new StrictParseException("a compiled pipeline has at most two YAML documents (the spec, then"
          + " platforms), not " + docs.size());
    }
    if (docs.size() < 2) {
      return new Platforms(PlatformSpec.getDefaultInstance(), Map.of());
    }
    JsonNode doc = docs.get(1);
    if (!doc.isObject() || doc.size() != 1 || !doc.has("platforms")) {
      throw new StrictParseException("platform document: must be a mapping with the one key platforms, not "
          + (doc.isObject() ? "the keys " + fieldNames(doc) : doc.getNodeType()));
    }
    PlatformSpec spec = (PlatformSpec) strict(doc, PlatformSpec.newBuilder(), "platform document", "");
    Map<String, KubernetesExecutorConfig> executors = new LinkedHashMap<>();
    JsonNode configs = doc.path("platforms").path("kubernetes").path("deploymentSpec").path("executors");
    JsonNode known = docs.get(0).path("deploymentSpec").path("executors");
    configs.fields().forEachRemaining(e -> {
      String at = "platforms.kubernetes.deploymentSpec.executors['" + e.getKey() + "']";
      if (!known.has(e.getKey())) {
        throw new StrictParseException("platform document: " + at + " configures an executor the spec does not"
            + " have; its executors are " + fieldNames(known));
      }
      executors.put(e.getKey(),
          (KubernetesExecutorConfig) strict(e.getValue(), KubernetesExecutorConfig.newBuilder(), "platform document",
              at));
    });
    return new Platforms(spec, executors);
  }

  /**
   * One executor's Kubernetes config (a {@code platforms.kubernetes.deploymentSpec.executors} value), parsed strictly
   * as {@code kfp_kubernetes.KubernetesExecutorConfig}.
   */
  public static KubernetesExecutorConfig kubernetesExecutorConfig(JsonNode config) {
    return (KubernetesExecutorConfig) strict(config, KubernetesExecutorConfig.newBuilder(), "executor config", "");
  }

  private static List<JsonNode> documents(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      List<JsonNode> docs = new ArrayList<>();
      YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
      return docs;
    } catch (IOException | RuntimeException e) {
      throw new StrictParseException("not YAML: " + e.getMessage());
    }
  }

  /** Parses {@code node} into {@code builder}, refusing unknown fields; on failure finds the failing field's path. */
  private static Message strict(JsonNode node, Message.Builder builder, String doc, String path) {
    try {
      JsonFormat.parser().merge(JSON.writeValueAsString(node), builder);
      return builder.build();
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      throw new StrictParseException(doc + ": " + locate(node, builder.getDescriptorForType(), path, e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The deepest place where {@code node} does not fit {@code type}: an unknown key, or a value the parser refuses. */
  private static String locate(JsonNode node, Descriptor type, String path, Exception failure) {
    if (node instanceof ObjectNode object) {
      for (var it = object.fields(); it.hasNext(); ) {
        var entry = it.next();
        FieldDescriptor field = field(type, entry.getKey());
        if (field == null) {
          return join(path, entry.getKey()) + ": unknown field of " + type.getFullName() + " (its fields: "
              + type.getFields().stream().map(FieldDescriptor::getJsonName).toList() + ")";
        }
        String inner = locateIn(entry.getValue(), field, join(path, entry.getKey()));
        if (inner != null) {
          return inner;
        }
        String alone = failure(JSON.createObjectNode().set(entry.getKey(), entry.getValue()), type);
        if (alone != null) {
          return join(path, entry.getKey()) + ": " + alone;
        }
      }
    }
    return (path.isEmpty() ? "the document" : path) + ": " + failure.getMessage();
  }

  /** Where {@code value} of {@code field} fails, or {@code null} when it parses. */
  private static String locateIn(JsonNode value, FieldDescriptor field, String path) {
    if (field.isMapField()) {
      FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
      if (value instanceof ObjectNode map) {
        for (var it = map.fields(); it.hasNext(); ) {
          var entry = it.next();
          String inner = locateIn(entry.getValue(), valueField, path + "['" + entry.getKey() + "']");
          if (inner != null) {
            return inner;
          }
        }
      }
      return null;
    }
    if (field.isRepeated() && value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String inner = locateOne(array.get(i), field, path + "[" + i + "]");
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    return locateOne(value, field, path);
  }

  private static String locateOne(JsonNode value, FieldDescriptor field, String path) {
    if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
        || field.getMessageType().getFullName().startsWith("google.protobuf.")) {
      return null;
    }
    Descriptor type = field.getMessageType();
    try {
      JsonFormat.parser().merge(JSON.writeValueAsString(value), DynamicMessage.newBuilder(type));
      return null;
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return locate(value, type, path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parser's message when {@code node} does not parse as {@code type}, else {@code null}. */
  private static String failure(JsonNode node, Descriptor type) {
    try {
      JsonFormat.parser().merge(JSON.writeValueAsString(node), DynamicMessage.newBuilder(type));
      return null;
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldDescriptor field(Descriptor type, String key) {
    for (FieldDescriptor f : type.getFields()) {
      if (f.getJsonName().equals(key) || f.getName().equals(key)) {
        return f;
      }
    }
    return null;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
