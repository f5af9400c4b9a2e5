package io.kfp4j.runtime.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Parses YAML text into a node tree that keeps every line and column, within {@link YamlLimits}. */
final class YamlTree {
  private YamlTree() {}

  /** The root node, or {@code null} after reporting why there is none. */
  static Node parse(String text, YamlLimits limits, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // duplicates are reported by the reader, with both places
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxBytes());
    options.setAllowRecursiveKeys(false);
    try {
      // what Yaml.compose does, without making a Yaml: its constructor and representer (type descriptions,
      // java.util.logging) cost a command's start-up more than the parse
      Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
          options).getSingleNode();
      if (root == null) {
        problems.report((Node) null, "", "the file is empty; a component spec is a YAML mapping with at least"
            + " name, inputs, outputs and implementation");
      }
      return root == null || AliasCycle.check(root, problems) ? root : null;
    } catch (MarkedYAMLException e) {
      if (e.getContext() != null && e.getContext().contains("expected a single document")) {
        problems.report(e.getProblemMark(), "", "a second YAML document starts here; a component file is one"
            + " document (a KFP v2 pipeline's second document, platforms:, holds Kubernetes settings of its tasks,"
            + " which a component file does not have); keep only the first");
        return null;
      }
      problems.report(e.getProblemMark(), "", "not valid YAML: " + e.getProblem()
          + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
    } catch (YAMLException e) {
      problems.report((Node) null, "", "not accepted as YAML: " + explain(e.getMessage(), limits));
    }
    return null;
  }

  private static String explain(String message, YamlLimits limits) {
    if (message != null && message.contains("aliases")) {
      return "it uses more than " + limits.maxAliases() + " aliases to collections, which expand exponentially"
          + " (\"billion laughs\"); write the content out instead of aliasing it";
    }
    if (message != null && message.contains("Nesting Depth")) {
      return "collections are nested deeper than " + limits.maxDepth() + " levels; no component spec needs that";
    }
    if (message != null && message.contains("code point")) {
      return "it is longer than " + limits.maxBytes() + " characters";
    }
    return message;
  }
}
