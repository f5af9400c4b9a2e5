package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.Argument;
import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.runtime.spec.ExecutionOptions;
import io.kfp4j.runtime.spec.GraphSpec;
import io.kfp4j.runtime.spec.Predicate;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TaskSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code implementation.graph}: tasks, their arguments, conditions and options, and output values. */
final class GraphReader {
  private static final List<String> GRAPH_KEYS = List.of("tasks", "outputValues");
  private static final List<String> TASK_KEYS =
      List.of("componentRef", "arguments", "isEnabled", "executionOptions", "annotations");
  private static final List<String> REF_KEYS = List.of("name", "digest", "tag", "url", "spec");
  private static final List<String> GRAPH_INPUT_KEYS = List.of("inputName", "type");
  private static final List<String> TASK_OUTPUT_KEYS = List.of("outputName", "taskId", "type");
  private static final List<String> OPERAND_KEYS = List.of("op1", "op2");
  private static final List<String> OPTIONS_KEYS = List.of("retryStrategy", "cachingStrategy");

  private final ComponentReader reader;
  private final Problems problems;

  GraphReader(ComponentReader reader) {
    this.reader = reader;
    this.problems = reader.problems();
  }

  GraphSpec graph(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "a graph", GRAPH_KEYS);
    if (f == null) {
      return null;
    }
    if (!f.has("tasks")) {
      problems.report(node, f.join("tasks"), "a graph needs \"tasks\"");
    }
    Map<String, TaskSpec> tasks = f.read("tasks", (n, p) -> reader.entries(n, p, "tasks", this::task));
    Map<String, Argument> outputs = f.read("outputValues",
        (n, p) -> reader.entries(n, p, "output values", this::argument));
    return new GraphSpec(tasks, outputs);
  }


  private TaskSpec task(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "a task", TASK_KEYS);
    if (f == null) {
      return null;
    }
    if (!f.has("componentRef")) {
      problems.report(node, f.join("componentRef"), "a task needs a \"componentRef\"");
    }
    return new TaskSpec(
        f.read("componentRef", this::reference),
        f.read("arguments", (n, p) -> reader.entries(n, p, "arguments", this::argument)),
        f.read("isEnabled", this::predicate),
        f.read("executionOptions", this::options),
        f.read("annotations", reader::tree));
  }

  private ComponentReference reference(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "a component reference", REF_KEYS);
    if (f == null) {
      return null;
    }
    return new ComponentReference(f.read("name", reader::string), f.read("digest", reader::string),
        f.read("tag", reader::string), f.read("url", reader::string), f.read("spec", reader::spec));
  }

  Argument argument(Node node, String path) {
    if (node instanceof ScalarNode) {
      Scalar value = reader.scalar(node, path);
      return value == null ? null : new Argument.Constant(value);
    }
    if (node instanceof MappingNode m && m.getValue().size() == 1 && m.getValue().get(0).getKeyNode() instanceof ScalarNode k) {
      Node value = m.getValue().get(0).getValueNode();
      String valuePath = path + "." + k.getValue();
      if (k.getValue().equals("graphInput")) {
        MappingFields f = MappingFields.of(value, valuePath, problems, "a graph input reference", GRAPH_INPUT_KEYS);
        return f == null ? null : new Argument.GraphInput(
            reader.required(f, "inputName", value, valuePath, "a graph input reference"), f.read("type", reader::type));
      }
      if (k.getValue().equals("taskOutput")) {
        MappingFields f = MappingFields.of(value, valuePath, problems, "a task output reference", TASK_OUTPUT_KEYS);
        return f == null ? null : new Argument.TaskOutput(
            reader.required(f, "outputName", value, valuePath, "a task output reference"),
            reader.required(f, "taskId", value, valuePath, "a task output reference"),
            f.read("type", reader::type));
      }
    }
    problems.report(node, path, "expected an argument: a constant, {graphInput: {inputName: ...}} or"
        + " {taskOutput: {taskId: ..., outputName: ...}}; found " + MappingFields.describe(node));
    return null;
  }

  private Predicate predicate(Node node, String path) {
    if (node instanceof MappingNode m && m.getValue().size() == 1 && m.getValue().get(0).getKeyNode() instanceof ScalarNode k) {
      Node value = m.getValue().get(0).getValueNode();
      String key = k.getValue();
      String valuePath = path + "." + key;
      Predicate.Operator op = Arrays.stream(Predicate.Operator.values())
          .filter(o -> o.key().equals(key)).findFirst().orElse(null);
      if (op != null) {
        MappingFields f = MappingFields.of(value, valuePath, problems, "comparison operands", OPERAND_KEYS);
        return f == null ? null : new Predicate.Compare(op, operand(f, "op1", value, valuePath, this::argument),
            operand(f, "op2", value, valuePath, this::argument));
      }
      switch (key) {
        case "not":
          Predicate operand = predicate(value, valuePath);
          return operand == null ? null : new Predicate.Not(operand);
        case "and":
        case "or":
          MappingFields f = MappingFields.of(value, valuePath, problems, "operands", OPERAND_KEYS);
          if (f == null) {
            return null;
          }
          Predicate op1 = operand(f, "op1", value, valuePath, this::predicate);
          Predicate op2 = operand(f, "op2", value, valuePath, this::predicate);
          return key.equals("and") ? new Predicate.And(op1, op2) : new Predicate.Or(op1, op2);
        default:
          break;
      }
    }
    Argument argument = argument(node, path);
    return argument == null ? null : new Predicate.Value(argument);
  }

  private <T> T operand(MappingFields f, String key, Node owner, String path, java.util.function.BiFunction<Node, String, T> read) {
    if (!f.has(key)) {
      problems.report(owner, path + "." + key, "a condition needs \"" + key + "\"");
      return null;
    }
    return f.read(key, read);
  }

  private ExecutionOptions options(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "execution options", OPTIONS_KEYS);
    if (f == null) {
      return null;
    }
    ExecutionOptions.RetryStrategy retry = f.read("retryStrategy", (n, p) -> {
      MappingFields r = MappingFields.of(n, p, problems, "a retry strategy", List.of("maxRetries"));
      return r == null ? null : new ExecutionOptions.RetryStrategy(r.read("maxRetries", reader::integer));
    });
    ExecutionOptions.CachingStrategy caching = f.read("cachingStrategy", (n, p) -> {
      MappingFields c = MappingFields.of(n, p, problems, "a caching strategy", List.of("maxCacheStaleness"));
      return c == null ? null : new ExecutionOptions.CachingStrategy(c.read("maxCacheStaleness", reader::string));
    });
    return new ExecutionOptions(retry, caching);
  }
}
