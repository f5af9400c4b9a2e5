package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.types.PythonFloat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a spec as KFP 1.8.22's {@code ComponentSpec.save} does: KFP's field order, collections of plain
 * scalars in flow style ({@code {name: a, type: Float}}), multi-line strings in {@code |} style, boolean-like
 * strings ({@code "True"}, {@code "no"}) double-quoted, and other strings that would read back as something else
 * quoted.
 */
public final class ComponentWriter {
  /** Strings KFP double-quotes because some YAML readers take them for booleans. */
  private static final java.util.Set<String> BOOL_LIKE = java.util.Set.of("y", "n", "yes", "no", "true", "false", "on", "off");

  private ComponentWriter() {}

  /** The spec as YAML text. */
  public static String toYaml(ComponentSpec spec) {
    return toYaml(SpecTree.of(spec));
  }

  /** Any tree of maps, lists and scalars as YAML, in the same style. */
  public static String toYaml(Object tree) {
    StringWriter out = new StringWriter();
    write(tree, out);
    return out.toString();
  }

  /** Writes any tree of maps, lists and scalars as YAML, in the same style, to {@code out} (not closed). */
  public static void write(Object tree, java.io.Writer out) {
    DumperOptions options = new DumperOptions();
    options.setIndent(2);
    options.setWidth(80);
    options.setAllowUnicode(true);
    options.setSplitLines(true);
    NodeEmitter.write(node(tree), out, options);
  }

  /** Writes the spec to a file (UTF-8), creating parent folders. */
  public static void save(ComponentSpec spec, Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, toYaml(spec), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write component spec to " + file + ": " + e.getMessage(), e);
    }
  }

  private static Node node(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>();
      map.forEach((k, v) -> tuples.add(new NodeTuple(node(String.valueOf(k)), node(v))));
      boolean flow = tuples.stream().allMatch(t -> isPlain(t.getKeyNode()) && isPlain(t.getValueNode()));
      return new MappingNode(Tag.MAP, tuples, flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }
    if (value instanceof List<?> list) {
      List<Node> items = list.stream().map(ComponentWriter::node).toList();
      boolean flow = items.stream().allMatch(ComponentWriter::isPlain);
      return new SequenceNode(Tag.SEQ, new ArrayList<>(items),
          flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }
    if (value == null) {
      return scalar(Tag.NULL, "null", DumperOptions.ScalarStyle.PLAIN);
    }
    if (value instanceof Boolean b) {
      return scalar(Tag.BOOL, b ? "true" : "false", DumperOptions.ScalarStyle.PLAIN);
    }
    if (value instanceof Integer || value instanceof Long) {
      return scalar(Tag.INT, value.toString(), DumperOptions.ScalarStyle.PLAIN);
    }
    if (value instanceof Double d) {
      return scalar(Tag.FLOAT, yamlFloat(d), DumperOptions.ScalarStyle.PLAIN);
    }
    String text = value.toString();
    if (text.indexOf('\n') >= 0) {
      return scalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL);
    }
    boolean boolLike = BOOL_LIKE.contains(text.toLowerCase(Locale.ROOT));
    return scalar(Tag.STR, text, boolLike ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN);
  }

  /** PyYAML's float form: {@code .inf}, {@code .nan}, and {@code 1.0e-05} rather than {@code 1e-05}. */
  private static String yamlFloat(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    String repr = PythonFloat.repr(d).toLowerCase(Locale.ROOT);
    return repr.contains(".") || !repr.contains("e") ? repr : repr.replaceFirst("e", ".0e");
  }

  private static ScalarNode scalar(Tag tag, String text, DumperOptions.ScalarStyle style) {
    return new ScalarNode(tag, text, null, null, style);
  }

  private static boolean isPlain(Node node) {
    return node instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }
}
