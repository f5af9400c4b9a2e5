package io.kfp4j.runtime.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Emits a node tree as YAML events, as SnakeYAML's serializer does for a tree without shared nodes, but without
 * its alias bookkeeping: the writer's trees never share nodes, and that bookkeeping dominated writing large
 * workflows.
 */
final class NodeEmitter {
  private final Emitter emitter;
  private final Resolver resolver = new Resolver();

  private NodeEmitter(Writer out, DumperOptions options) {
    this.emitter = new Emitter(out, options);
  }

  /** Writes one document holding the tree. */
  static void write(Node root, Writer out, DumperOptions options) {
    NodeEmitter writer = new NodeEmitter(out, options);
    try {
      writer.emitter.emit(new StreamStartEvent(null, null));
      writer.emitter.emit(new DocumentStartEvent(null, null, options.isExplicitStart(), options.getVersion(),
          options.getTags()));
      writer.node(root);
      writer.emitter.emit(new DocumentEndEvent(null, null, options.isExplicitEnd()));
      writer.emitter.emit(new StreamEndEvent(null, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write YAML: " + e.getMessage(), e);
    }
  }

  private void node(Node node) throws IOException {
    if (node instanceof ScalarNode s) {
      String value = s.getValue();
      boolean plainMatches = s.getTag().equals(resolver.resolve(NodeId.scalar, value, true));
      boolean quotedMatches = s.getTag().equals(resolver.resolve(NodeId.scalar, value, false));
      emitter.emit(new ScalarEvent(null, s.getTag().getValue(), new ImplicitTuple(plainMatches, quotedMatches), value,
          null, null,
          s.getScalarStyle()));
    } else if (node instanceof SequenceNode seq) {
      emitter.emit(new SequenceStartEvent(null, null, true, null, null, seq.getFlowStyle()));
      for (Node item : seq.getValue()) {
        node(item);
      }
      emitter.emit(new SequenceEndEvent(null, null));
    } else {
      MappingNode map = (MappingNode) node;
      emitter.emit(new MappingStartEvent(null, null, true, null, null, map.getFlowStyle()));
      for (NodeTuple tuple : map.getValue()) {
        node(tuple.getKeyNode());
        node(tuple.getValueNode());
      }
      emitter.emit(new MappingEndEvent(null, null));
    }
  }
}
