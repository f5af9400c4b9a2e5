package io.kfp4j.sdk;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.task.SettingValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A task that brings an artifact that already exists (a {@code gs://}, {@code s3://} or {@code minio://} URI, or a
 * local path on the embedded engine) into the pipeline as a typed artifact, as KFP v2's {@code dsl.importer}: its one
 * output {@link #output()} is that artifact, passed to a file (artifact) input like any task's output. The URI is a
 * constant, a pipeline parameter or another task's output.
 *
 * <pre>{@code
 * Importer data = Importer.of(Value.of("gs://ml-pipeline-playground/shakespeare1.txt"), "system.Dataset")
 *     .metadata(Map.of("key", "value"));
 * TrainOp.train(data.output());
 * }</pre>
 *
 * <p>KFP v2 only: the Argo target (KFP v1) refuses it. The embedded engine imports a local path or {@code file://} URI
 * and refuses other schemes before the run starts. The task is named {@code importer} (then {@code importer-2}, ...)
 * as KFP names it, unless given a name.
 */
public final class Importer extends Task<Importer> {
  /** The schema version KFP's own artifact types carry. */
  public static final String SCHEMA_VERSION = "0.0.1";
  private static final Pattern TYPE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9_]*\\.)?[A-Za-z][A-Za-z0-9_]*$");

  private final String schemaTitle;
  private boolean reimport;
  private String schemaVersion = SCHEMA_VERSION;
  private Map<Object, Object> metadata = Map.of();

  private Importer(String name, Source<String> uri, String schemaTitle) {
    super(component(name, schemaTitle), Map.of(ArtifactImport.URI_INPUT, uri));
    this.schemaTitle = schemaTitle;
  }

  /**
   * An importer task named {@code importer} (made unique in the pipeline).
   *
   * @param uri the artifact's URI: a constant, a pipeline parameter or another task's output
   * @param artifactType its type: {@code system.Dataset} (or just {@code Dataset}), {@code system.Model},
   *     {@code google.VertexDataset}, ...
   * @throws PipelineBuildException outside a pipeline, or when the type is not a schema title
   */
  public static Importer of(Source<String> uri, String artifactType) {
    return of("importer", uri, artifactType);
  }

  /** As {@link #of(Source, String)}, the task named {@code name} (made unique in the pipeline). */
  public static Importer of(String name, Source<String> uri, String artifactType) {
    String pipeline = PipelineContext.require("Importer").pipelineName();
    if (uri == null) {
      throw new PipelineBuildException("pipeline \"" + pipeline + "\", importer \"" + name + "\": no URI; give"
          + " the artifact's URI as a Value, a Param or another task's Output");
    }
    if (artifactType == null || !TYPE.matcher(artifactType).matches()) {
      throw new PipelineBuildException("pipeline \"" + pipeline + "\", importer \"" + name + "\", artifact type: \""
          + artifactType + "\" is not an artifact type; give a schema title such as system.Dataset, system.Model"
          + " or google.VertexDataset");
    }
    return new Importer(name, uri, artifactType.contains(".") ? artifactType : "system." + artifactType);
  }

  /** The imported artifact, as KFP's {@code importer.output}; give it to a file (artifact) input. */
  public Output<Artifact> output() {
    return output(ArtifactImport.OUTPUT);
  }

  /**
   * The version of the artifact type's schema, when not KFP's {@code 0.0.1}: a custom artifact class's
   * {@code schema_version} ({@code 0.0.0} for Google's types made without one).
   *
   * @throws PipelineBuildException when it is not a version such as {@code 0.0.1}
   */
  public Importer schemaVersion(String version) {
    if (version == null || !version.matches("^\\d+\\.\\d+\\.\\d+$")) {
      throw new PipelineBuildException(where() + ", schema version: \"" + version + "\" is not a version; give one"
          + " such as 0.0.1");
    }
    this.schemaVersion = version;
    return this;
  }

  /** Whether KFP registers the artifact again though it already knows the URI (default {@code false}). */
  public Importer reimport(boolean reimport) {
    this.reimport = reimport;
    return this;
  }

  /**
   * The artifact's metadata: values that are text, numbers, booleans, lists or maps of the same, or {@link Source}s
   * read when the pipeline runs (a parameter, another task's output, {@link Formatted} text), which may be map keys
   * too. Give a {@link java.util.LinkedHashMap} to keep the order in which KFP names the values it reads
   * ({@code metadata}, {@code metadata-2}, ...).
   *
   * @throws PipelineBuildException naming the task and the entry that is not such a value
   */
  public Importer metadata(Map<?, ?> metadata) {
    Map<Object, Object> tree = new LinkedHashMap<>();
    metadata.forEach((k, v) -> tree.put(node(k), node(v)));
    try {
      new ArtifactImport(schemaTitle, schemaVersion, reimport, tree);
    } catch (IllegalArgumentException e) {
      throw new PipelineBuildException(where() + ", metadata: " + e.getMessage());
    }
    this.metadata = tree;
    return this;
  }

  /** A metadata node with each source made a constant (its value) or a reference read when the pipeline runs. */
  private Object node(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(node(k), node(v)));
      return out;
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(this::node).toList();
    }
    if (value instanceof Value<?> constant) {
      return constant.value();
    }
    if (value instanceof Source<?> source) {
      SettingValue setting = SettingValue.of(PipelineContext.require("Importer").argument(source,
          "importer \"" + taskName() + "\"", "metadata", null));
      return setting instanceof SettingValue.Constant c ? c.text() : setting;
    }
    return value;
  }

  private String where() {
    return "pipeline \"" + PipelineContext.current().map(PipelineContext::pipelineName).orElse("?") + "\", importer \""
        + taskName() + "\"";
  }

  /** What the task imports, as the IR holds it; asked when the pipeline's graph is made. */
  ArtifactImport artifactImport() {
    return new ArtifactImport(schemaTitle, schemaVersion, reimport, metadata);
  }

  @Override
  protected Importer self() {
    return this;
  }

  /** A component that only names the URI input and the artifact output; the targets import instead of running it. */
  private static ComponentDefinition component(String name, String schemaTitle) {
    return ComponentDefinition.fromText("name: " + PythonJson.dumps(name) + "\n"
        + "inputs:\n- {name: " + ArtifactImport.URI_INPUT + ", type: String}\n"
        + "outputs:\n- {name: " + ArtifactImport.OUTPUT + ", type: " + PythonJson.dumps(schemaTitle) + "}\n"
        + "implementation:\n  container: {image: kfp4j/importer}\n");
  }
}
