package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One DAG template per group, as KFP's {@code _group_to_dag_template}: inputs and outputs from {@link GroupIo},
 * one task per member (sorted by name) with its {@code when}, sorted dependencies and arguments, and
 * {@code withItems} / {@code withParam} on loops.
 */
final class DagTemplates {
  private static final Pattern SUBVAR = Pattern.compile(".+-subvar-[a-zA-Z_][0-9a-zA-Z_]*");
  private static final Comparator<GroupIo.Flow> BY_NAME = Comparator.comparing(GroupIo.Flow::name)
      .thenComparing(f -> f.from() == null ? "" : f.from());

  private final GroupTree tree;
  private final GroupIo io;

  DagTemplates(GroupTree tree, GroupIo io) {
    this.tree = tree;
    this.io = io;
  }

  /** The templates of all groups, the root's first. */
  List<Map<String, Object>> all() {
    List<Map<String, Object>> templates = new ArrayList<>();
    tree.groups().forEach((name, group) -> templates.add(template(name, group)));
    return templates;
  }

  private Map<String, Object> template(String name, Group group) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", name);
    if (group instanceof Group.Loop loop) {
      template.put("parallelism", loop.parallelism() == null ? 0 : loop.parallelism());
    }
    List<GroupIo.Flow> in = sorted(io.inputs(name));
    if (!in.isEmpty()) {
      template.put("inputs", Map.of("parameters", in.stream().map(f -> param(f.name())).toList()));
    }
    List<GroupIo.Flow> out = sorted(io.outputs(name));
    if (!out.isEmpty()) {
      List<Object> parameters = new ArrayList<>();
      for (GroupIo.Flow f : out) {
        Map<String, Object> p = param(f.name());
        p.put("valueFrom", Map.of("parameter", "{{tasks." + f.from() + ".outputs.parameters." + f.name() + "}}"));
        parameters.add(p);
      }
      template.put("outputs", Map.of("parameters", parameters));
    }
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (Member member : group.members()) {
      tasks.add(task(member, name));
    }
    tasks.sort(Comparator.comparing(t -> (String) t.get("name")));
    template.put("dag", Map.of("tasks", tasks));
    return template;
  }

  private Map<String, Object> task(Member member, String parent) {
    if (member instanceof Member.RecursiveCall call) {
      return recursiveTask(call);
    }
    String name = member instanceof Group g ? tree.name(g) : ((Member.TaskMember) member).task();
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("name", name);
    task.put("template", name);
    Comparison condition = member instanceof Group g ? GroupTree.condition(g) : null;
    if (condition != null) {
      task.put("when", when(condition, io.inputs(name)));
    }
    List<String> dependencies = new ArrayList<>(io.dependencies(name));
    if (!io.inputs(name).isEmpty()) {
      task.put("arguments", Map.of("parameters", arguments(member, sorted(io.inputs(name)))));
    }
    if (member instanceof Group.Loop loop) {
      if (loop.source() instanceof LoopSource.DynamicItems dynamic) {
        task.put("withParam", withParam(dynamic.list(), loop, parent, dependencies));
      } else {
        task.put("withItems", items(((LoopSource.StaticItems) loop.source()).items(), loop, parent, dependencies));
      }
    }
    if (!dependencies.isEmpty()) {
      dependencies.sort(null);
      Map<String, Object> ordered = new LinkedHashMap<>();
      task.forEach((k, v) -> {
        ordered.put(k, v);
        if (k.equals(condition != null ? "when" : "template")) {
          ordered.put("dependencies", dependencies);
        }
      });
      return ordered;
    }
    return task;
  }

  /**
   * A graph component calling itself: a task of the enclosing call's template, each argument named after the value
   * the enclosing call took for the same input, as KFP's {@code get_arguments_for_sub_group}.
   */
  private Map<String, Object> recursiveTask(Member.RecursiveCall call) {
    String key = tree.key(call);
    String name = tree.name(call.graph());
    Group.Graph graph = (Group.Graph) tree.groups().get(name);
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("name", name);
    task.put("template", name);
    List<String> dependencies = new ArrayList<>(io.dependencies(key));
    if (!dependencies.isEmpty()) {
      dependencies.sort(null);
      task.put("dependencies", dependencies);
    }
    List<GroupIo.Flow> inputs = sorted(io.inputs(key));
    if (!inputs.isEmpty()) {
      List<Map<String, Object>> arguments = new ArrayList<>();
      for (GroupIo.Flow flow : inputs) {
        String input = null;
        for (Map.Entry<String, ArgumentValue> entry : call.arguments().entrySet()) {
          input = entry.getKey();
          if (tree.ref(entry.getValue(), "a recursive call").fullName().equals(flow.name())) {
            break;
          }
        }
        ArgumentValue outer = input == null ? null : graph.arguments().get(input);
        Map<String, Object> argument = param(outer == null ? flow.name() : tree.ref(outer, "a graph call").fullName());
        argument.put("value", reference(flow));
        arguments.add(argument);
      }
      arguments.sort(Comparator.comparing(a -> (String) a.get("name")));
      task.put("arguments", Map.of("parameters", arguments));
    }
    return task;
  }

  /** {@code "{{a}}" == "heads"} for equality, {@code {{a}} > 5} otherwise, as KFP writes it. */
  private String when(Comparison condition, Set<GroupIo.Flow> inputs) {
    String left = operand(condition.left(), inputs);
    String right = operand(condition.right(), inputs);
    String op = condition.operator().symbol();
    if (op.equals("==") || op.equals("!=")) {
      left = "\"" + left + "\"";
      right = "\"" + right + "\"";
    }
    return left + " " + op + " " + right;
  }

  private String operand(ArgumentValue value, Set<GroupIo.Flow> inputs) {
    if (value instanceof ArgumentValue.Constant c) {
      return c.text();
    }
    String full = tree.ref(value, "a condition").fullName();
    return inputs.stream().filter(f -> f.name().equals(full)).findFirst().map(DagTemplates::reference)
        .orElse("{{inputs.parameters." + full + "}}");
  }

  /** Where a DAG reads a parameter: the output of the task that makes it, else the DAG's own input. */
  private static String reference(GroupIo.Flow flow) {
    return flow.from() != null ? "{{tasks." + flow.from() + ".outputs.parameters." + flow.name() + "}}"
        : "{{inputs.parameters." + flow.name() + "}}";
  }

  private List<Object> arguments(Member member, List<GroupIo.Flow> inputs) {
    String loopItem = member instanceof Group.Loop loop ? KfpNames.k8sName(GroupTree.itemName(loop)) : null;
    List<Object> arguments = new ArrayList<>();
    for (GroupIo.Flow flow : inputs) {
      String value;
      String sanitized = KfpNames.k8sName(flow.name());
      if (loopItem != null && sanitized.startsWith(loopItem)) {
        if (sanitized.equals(loopItem)) {
          value = "{{item}}";
        } else if (SUBVAR.matcher(flow.name()).matches()) {
          value = "{{item." + flow.name().substring(flow.name().lastIndexOf("-subvar-") + 8) + "}}";
        } else {
          throw new CompileException("pipeline \"" + tree.graph().name() + "\": " + flow.name() + " looks like the"
              + " item of " + tree.name((Group) member) + " but is neither the item nor one of its fields");
        }
      } else {
        value = reference(flow);
      }
      Map<String, Object> argument = param(flow.name());
      argument.put("value", value);
      arguments.add(argument);
    }
    return arguments;
  }

  private String withParam(ArgumentValue list, Group.Loop loop, String parent, List<String> dependencies) {
    if (list instanceof ArgumentValue.ParameterRef p) {
      return "{{workflow.parameters." + p.parameter() + "}}";
    }
    ArgumentValue.OutputRef output = (ArgumentValue.OutputRef) list;
    String producer = KfpNames.k8sName(output.task());
    List<String> producerChain = tree.ancestors(output.task());
    String producerParent = producerChain.size() < 2 ? null : producerChain.get(producerChain.size() - 2);
    if (!parent.equals(producerParent)) {
      return "{{inputs.parameters." + Names.output(producer, output.output()) + "}}";   // passed down: GroupIo
    }
    if (!dependencies.contains(producer)) {
      dependencies.add(producer);
    }
    return "{{tasks." + producer + ".outputs.parameters." + Names.output(producer, output.output()) + "}}";
  }

  /**
   * Static items, map keys sanitized as KFP does; a reference among them written as KFP resolves a
   * {@code PipelineParam} in items: a parameter as {@code {{workflow.parameters.x}}}, an output of a task beside the
   * loop as {@code {{tasks.t.outputs.parameters.t-o}}}, which the loop then depends on.
   */
  private List<Object> items(List<Object> items, Group.Loop loop, String parent, List<String> dependencies) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(KfpNames.k8sNameKeepCase(String.valueOf(k)),
            v instanceof ArgumentValue a ? itemText(a, loop, parent, dependencies) : v));
        out.add(copy);
      } else {
        out.add(item instanceof ArgumentValue a ? itemText(a, loop, parent, dependencies) : item);
      }
    }
    return out;
  }

  private String itemText(ArgumentValue value, Group.Loop loop, String parent, List<String> dependencies) {
    if (value instanceof ArgumentValue.Constant c) {
      return c.text();
    }
    if (value instanceof ArgumentValue.Template t) {
      StringBuilder out = new StringBuilder();
      t.parts().forEach(p -> out.append(itemText(p, loop, parent, dependencies)));
      return out.toString();
    }
    if (value instanceof ArgumentValue.ParameterRef || value instanceof ArgumentValue.OutputRef) {
      return withParam(value, loop, parent, dependencies);
    }
    throw new CompileException("pipeline \"" + tree.graph().name() + "\": the items of ParallelFor " + tree.name(loop)
        + " hold the item of another loop, which KFP cannot pass into static items; loop over a parameter or an"
        + " output instead");
  }

  private static Map<String, Object> param(String name) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    return p;
  }

  private static List<GroupIo.Flow> sorted(Set<GroupIo.Flow> flows) {
    List<GroupIo.Flow> list = new ArrayList<>(flows);
    list.sort(BY_NAME);
    return list;
  }
}
