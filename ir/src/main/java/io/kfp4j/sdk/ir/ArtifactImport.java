package io.kfp4j.sdk.ir;

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
 * @param metadata the artifact's metadata: maps with text keys, lists, text, numbers and booleans; empty for none
 */
public record ArtifactImport(String schemaTitle, String schemaVersion, boolean reimport,
    Map<String, Object> metadata) {
  /** The input that takes the URI. */
  public static final String URI_INPUT = "uri";
  /** The output that is the imported artifact. */
  public static final String OUTPUT = "artifact";
  private static final Pattern SCHEMA_TITLE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z][A-Za-z0-9_]*$");

  public ArtifactImport {
    Objects.requireNonNull(schemaTitle, "schemaTitle");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    if (!SCHEMA_TITLE.matcher(schemaTitle).matches()) {
      throw new IllegalArgumentException("\"" + schemaTitle + "\" is not an artifact type; give a schema title"
          + " such as system.Dataset or google.VertexDataset");
    }
    metadata = new Manifest(metadata).tree(); // a checked, unmodifiable copy of the same kind of tree
  }
}
