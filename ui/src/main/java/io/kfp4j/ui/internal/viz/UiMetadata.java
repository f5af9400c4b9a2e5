package io.kfp4j.ui.internal.viz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed KFP v1 {@code mlpipeline-ui-metadata} file: {@code {"version": 1, "outputs": [{...}, ...]}}.
 *
 * <p>Each entry of {@code outputs} is parsed on its own, so one bad entry leaves the others usable. Only the
 * shape of the fields is checked here; what a type requires (a {@code header} for a table, ...) is checked by
 * its view.
 *
 * @param outputs the entries, in file order
 */
record UiMetadata(List<Entry> outputs) {

  static final String EXPECTED = "{\"version\": 1, \"outputs\": [{\"type\": \"markdown\", \"storage\": \"inline\","
      + " \"source\": \"# Title\"}, ...]}";

  UiMetadata {
    outputs = List.copyOf(outputs);
  }

  /** One entry of {@code outputs}. */
  sealed interface Entry permits Output, Invalid {
    /** The 0-based position in {@code outputs}. */
    int index();

    /** {@code outputs[2] (roc)}, naming the entry in messages. */
    String where();
  }

  /**
   * An entry of a known type with well-formed fields; absent strings are null and absent lists empty.
   *
   * @param storage {@code "inline"} when {@code source} holds the content itself; anything else (usually
   *     absent or {@code "gcs"}) when it names a file
   * @param labels the confusion matrix's label order
   */
  record Output(int index, OutputType type, String storage, String source, String format, List<String> header,
      List<Column> schema, List<String> labels) implements Entry {

    public Output {
      header = List.copyOf(header);
      schema = List.copyOf(schema);
      labels = List.copyOf(labels);
    }

    boolean inline() {
      return "inline".equals(storage);
    }

    @Override
    public String where() {
      return "outputs[" + index + "] (" + type.id() + ")";
    }
  }

  /**
   * An entry that cannot be used.
   *
   * @param typeText its {@code type} as written, or null
   */
  record Invalid(int index, String typeText, Problem problem) implements Entry {

    /** Its type, when {@code type} names a known one. */
    Optional<OutputType> type() {
      return OutputType.of(typeText);
    }

    @Override
    public String where() {
      return "outputs[" + index + "]" + (typeText == null ? "" : " (" + Json.shorten(typeText) + ")");
    }
  }

  /** One column of a {@code schema}: {@code {"name": "fpr", "type": "NUMBER"}}; {@code type} may be null. */
  record Column(String name, String type) {}

  /** Parses the file's text; throws only when the file as a whole is unusable. */
  static UiMetadata parse(String json) throws InvalidInput {
    JsonNode root = Json.object(json, EXPECTED);
    JsonNode outputs = root.path("outputs");
    if (outputs.isMissingNode() || outputs.isNull()) {
      throw new InvalidInput("outputs", "missing; expected a list of visualizations: " + EXPECTED);
    }
    if (!outputs.isArray()) {
      throw new InvalidInput("outputs", "is " + Json.aKind(outputs) + "; expected a list of visualizations: "
          + EXPECTED);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      entries.add(entry(i, outputs.get(i)));
    }
    return new UiMetadata(entries);
  }

  private static Entry entry(int index, JsonNode node) {
    if (!node.isObject()) {
      return new Invalid(index, null, new Problem("entry", "is " + Json.aKind(node)
          + "; expected an object such as {\"type\": \"markdown\", \"storage\": \"inline\", \"source\": \"...\"}"));
    }
    JsonNode typeNode = node.path("type");
    String typeText = typeNode.isTextual() ? typeNode.textValue() : null;
    Optional<OutputType> type = OutputType.of(typeText);
    if (type.isEmpty()) {
      String found = typeText != null ? "unknown type \"" + Json.shorten(typeText) + "\""
          : typeNode.isMissingNode() ? "missing" : "is " + Json.aKind(typeNode);
      return new Invalid(index, typeText, new Problem("type", found + "; expected one of " + OutputType.listed()));
    }
    try {
      return new Output(index, type.get(), string(node, "storage"), string(node, "source"), string(node, "format"),
          strings(node, "header"), schema(node), strings(node, "labels"));
    } catch (InvalidInput e) {
      return new Invalid(index, typeText, e.problems().get(0));
    }
  }

  private static String string(JsonNode entry, String field) throws InvalidInput {
    JsonNode node = entry.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidInput(field, "is " + Json.aKind(node) + "; expected a string");
    }
    return node.textValue();
  }

  private static List<String> strings(JsonNode entry, String field) throws InvalidInput {
    JsonNode node = entry.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InvalidInput(field, "is " + Json.aKind(node) + "; expected a list of strings such as [\"a\", \"b\"]");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String text = Json.scalarText(node.get(i));
      if (text == null) {
        throw new InvalidInput(field, "item " + i + " is " + Json.aKind(node.get(i)) + "; expected a string");
      }
      values.add(text);
    }
    return values;
  }

  private static List<Column> schema(JsonNode entry) throws InvalidInput {
    JsonNode node = entry.path("schema");
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    String expected = "expected a list of {\"name\": string, \"type\": string} objects";
    if (!node.isArray()) {
      throw new InvalidInput("schema", "is " + Json.aKind(node) + "; " + expected);
    }
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode column = node.get(i);
      if (!column.path("name").isTextual()) {
        throw new InvalidInput("schema", "item " + i + " has no string \"name\"; " + expected);
      }
      JsonNode type = column.path("type");
      columns.add(new Column(column.get("name").textValue(), type.isTextual() ? type.textValue() : null));
    }
    return columns;
  }
}
