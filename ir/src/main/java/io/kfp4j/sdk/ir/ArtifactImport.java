package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.SettingValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an importer task does instead of running a container, as KFP v2's {@code dsl.importer}: it makes the artifact
 * at a URI (the task's argument {@link #URI_INPUT}) its output {@link #OUTPUT}, typed by a schema.
 *
 * @param schemaTitle the artifact's type ({@code system.Dataset}, {@code google.VertexDataset})
 * @param schemaVersion the schema's version ({@code 0.0.1})
 * @param reimport whether KFP registers the artifact again though it already knows the URI
 * @param metadata the artifact's metadata, in the order given: maps, lists, text, numbers and booleans, where a map's
 *     key is text or a {@link SettingValue.Reference} and a leaf may be one (a value read when the pipeline runs:
 *     a parameter, an output, formatted text); empty for none
 */
public record ArtifactImport(String schemaTitle, String schemaVersion, boolean reimport,
    Map<Object, Object> metadata) {
  /** The input that takes the URI. */
  public static final String URI_INPUT = "uri";
  /** The output that is the imported artifact. */
  public static final String OUTPUT = "artifact";
  private static final ValueTrees TREES = new ValueTrees(k -> k instanceof String
      || k instanceof SettingValue.Reference, v -> ValueTrees.plain(v) || v instanceof SettingValue.Reference,
      (path, k) -> path + "{" + k + "}: a key is text or a value read when the pipeline runs",
      (path, v) -> path.substring(Math.min(1, path.length())) + ": " + ValueTrees.describe(v) + " is not a metadata"
          + " value; give text, a number, a boolean, a list, a map, or a value read when the pipeline runs");
  private static final Pattern SCHEMA_TITLE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z][A-Za-z0-9_]*$");

  public ArtifactImport {
    Objects.requireNonNull(schemaTitle, "schemaTitle");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    if (!SCHEMA_TITLE.matcher(schemaTitle).matches()) {
      throw new IllegalArgumentException("\"" + schemaTitle + "\" is not an artifact type; give a schema title"
          + " such as system.Dataset or google.VertexDataset");
    }
    metadata = TREES.copyMap(metadata, "");
  }

  /** The values given when the pipeline runs that the metadata reads, in order (each key before its value). */
  public List<ArgumentValue> references() {
    return ValueTrees.references(metadata);
  }
}
