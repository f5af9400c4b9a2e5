package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.Argument;
import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.ExecutionOptions;
import io.kfp4j.runtime.spec.GraphSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.MetadataSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Predicate;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TaskSpec;
import io.kfp4j.runtime.spec.TypeSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec as the plain ordered tree KFP's {@code to_dict()} makes: keys in KFP's field order, absent and default
 * values left out (an empty list or map counts as absent). The YAML writer, JSON output and the compiler's
 * {@code component_spec} annotation all start from this tree.
 */
public final class SpecTree {
  private SpecTree() {}

  /** The spec as ordered maps, lists, strings, numbers, booleans and nulls. */
  public static Map<String, Object> of(ComponentSpec spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "name", spec.name());
    put(out, "description", spec.description());
    if (!spec.metadata().isEmpty()) {
      out.put("metadata", metadata(spec.metadata()));
    }
    put(out, "inputs", spec.inputs().stream().map(SpecTree::input).toList());
    put(out, "outputs", spec.outputs().stream().map(SpecTree::output).toList());
    if (spec.implementation() instanceof Implementation.Container c) {
      out.put("implementation", Map.of("container", container(c.container())));
    } else if (spec.implementation() instanceof Implementation.Graph g) {
      out.put("implementation", Map.of("graph", graph(g.graph())));
    }
    if (!ComponentSpec.DEFAULT_VERSION.equals(spec.version())) {
      out.put("version", spec.version());
    }
    return out;
  }

  private static Map<String, Object> metadata(MetadataSpec metadata) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "annotations", metadata.annotations());
    put(out, "labels", metadata.labels());
    return out;
  }

  private static Map<String, Object> input(InputSpec input) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", input.name());
    put(out, "type", type(input.type()));
    put(out, "description", input.description());
    put(out, "default", scalar(input.defaultValue()));
    if (input.optional()) {
      out.put("optional", true);
    }
    put(out, "annotations", input.annotations());
    return out;
  }

  private static Map<String, Object> output(OutputSpec output) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", output.name());
    put(out, "type", type(output.type()));
    put(out, "description", output.description());
    put(out, "annotations", output.annotations());
    return out;
  }

  /** A type: its name, a one-key map of name to properties, or a list of types. */
  public static Object type(TypeSpec type) {
    if (type instanceof TypeSpec.Union u) {
      return u.members().stream().map(SpecTree::type).toList();
    }
    if (type instanceof TypeSpec.Parameterized p) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put(p.name(), p.properties().isEmpty() ? null : p.properties());
      return out;
    }
    return type == null ? null : type.name();
  }

  private static Map<String, Object> container(ContainerSpec container) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("image", container.image());
    put(out, "command", args(container.command()));
    put(out, "args", args(container.args()));
    put(out, "env", container.env());
    put(out, "fileOutputs", container.fileOutputs());
    return out;
  }

  private static List<Object> args(List<Arg> args) {
    return args.stream().map(SpecTree::arg).toList();
  }

  /** One command-line element: a string or a one-key placeholder map. */
  public static Object arg(Arg arg) {
    if (arg instanceof Arg.Literal l) {
      return l.value();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (arg instanceof Arg.Concat c) {
      out.put("concat", args(c.items()));
    } else if (arg instanceof Arg.If f) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("cond", arg(f.condition()));
      if (f.then() != null) {
        body.put("then", branch(f.then()));
      }
      if (f.otherwise() != null) {
        body.put("else", branch(f.otherwise()));
      }
      out.put("if", body);
    } else if (arg instanceof Arg.V2Only v) {
      out.put(v.key(), v.portName());
    } else {
      out.put(arg.key(), portName(arg));
    }
    return out;
  }

  private static String portName(Arg arg) {
    if (arg instanceof Arg.InputValue a) {
      return a.inputName();
    }
    if (arg instanceof Arg.InputPath a) {
      return a.inputName();
    }
    if (arg instanceof Arg.OutputPath a) {
      return a.outputName();
    }
    return ((Arg.IsPresent) arg).inputName();
  }

  private static Object branch(Arg.Branch branch) {
    if (branch == null) {
      return null;
    }
    return branch.asList() ? args(branch.items()) : arg(branch.items().get(0));
  }

  private static Map<String, Object> graph(GraphSpec graph) {
    Map<String, Object> tasks = new LinkedHashMap<>();
    graph.tasks().forEach((id, task) -> tasks.put(id, task(task)));
    Map<String, Object> outputs = new LinkedHashMap<>();
    graph.outputValues().forEach((name, argument) -> outputs.put(name, argument(argument)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tasks", tasks);
    put(out, "outputValues", outputs);
    return out;
  }

  private static Map<String, Object> task(TaskSpec task) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (task.componentRef() != null) {
      out.put("componentRef", reference(task.componentRef()));
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    task.arguments().forEach((name, argument) -> arguments.put(name, argument(argument)));
    put(out, "arguments", arguments);
    put(out, "isEnabled", predicate(task.isEnabled()));
    if (task.executionOptions() != null) {
      out.put("executionOptions", options(task.executionOptions()));
    }
    put(out, "annotations", task.annotations());
    return out;
  }

  private static Map<String, Object> reference(ComponentReference ref) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "name", ref.name());
    put(out, "digest", ref.digest());
    put(out, "tag", ref.tag());
    put(out, "url", ref.url());
    if (ref.spec() != null) {
      out.put("spec", of(ref.spec()));
    }
    return out;
  }

  private static Object argument(Argument argument) {
    if (argument instanceof Argument.Constant c) {
      return scalar(c.value());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (argument instanceof Argument.GraphInput g) {
      body.put("inputName", g.inputName());
      put(body, "type", type(g.type()));
      return Map.of("graphInput", body);
    }
    Argument.TaskOutput t = (Argument.TaskOutput) argument;
    body.put("outputName", t.outputName());
    body.put("taskId", t.taskId());
    put(body, "type", type(t.type()));
    return Map.of("taskOutput", body);
  }

  private static Object predicate(Predicate predicate) {
    if (predicate == null) {
      return null;
    }
    if (predicate instanceof Predicate.Value v) {
      return argument(v.argument());
    }
    if (predicate instanceof Predicate.Not n) {
      return Map.of("not", predicate(n.operand()));
    }
    Map<String, Object> operands = new LinkedHashMap<>();
    String key;
    if (predicate instanceof Predicate.Compare c) {
      key = c.operator().key();
      operands.put("op1", argument(c.op1()));
      operands.put("op2", argument(c.op2()));
    } else if (predicate instanceof Predicate.And a) {
      key = "and";
      operands.put("op1", predicate(a.op1()));
      operands.put("op2", predicate(a.op2()));
    } else {
      Predicate.Or o = (Predicate.Or) predicate;
      key = "or";
      operands.put("op1", predicate(o.op1()));
      operands.put("op2", predicate(o.op2()));
    }
    return Map.of(key, operands);
  }

  private static Map<String, Object> options(ExecutionOptions options) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (options.retryStrategy() != null) {
      Map<String, Object> retry = new LinkedHashMap<>();
      put(retry, "maxRetries", options.retryStrategy().maxRetries());
      out.put("retryStrategy", retry);
    }
    if (options.cachingStrategy() != null) {
      Map<String, Object> caching = new LinkedHashMap<>();
      put(caching, "maxCacheStaleness", options.cachingStrategy().maxCacheStaleness());
      out.put("cachingStrategy", caching);
    }
    return out;
  }

  private static Object scalar(Scalar scalar) {
    if (scalar == null) {
      return null;
    }
    if (scalar instanceof Scalar.Int i) {
      return i.value();
    }
    if (scalar instanceof Scalar.Real r) {
      return r.value();
    }
    if (scalar instanceof Scalar.Bool b) {
      return b.value();
    }
    return scalar.asText();
  }

  private static void put(Map<String, Object> out, String key, Object value) {
    if (value == null || (value instanceof Collection<?> c && c.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty())) {
      return;
    }
    out.put(key, value);
  }
}
