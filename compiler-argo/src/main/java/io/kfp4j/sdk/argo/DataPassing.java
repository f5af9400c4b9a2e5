package io.kfp4j.sdk.argo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KFP's data passing rewrite ({@code fix_big_data_passing}) over a compiled workflow: finds which template inputs
 * and outputs are read as values (placeholders in containers, {@code when}, {@code withParam}) and which as files
 * (container input artifacts), follows both up the DAGs to the producers, then passes files as artifacts
 * ({@code from:} or {@code raw:}) and drops every parameter nobody reads as a value.
 */
final class DataPassing {
  /** An input or output of a template. @param template the template @param name the parameter */
  private record Io(String template, String name) {
    // Written out: a record's generated equals and hashCode set up method handles on first use, a cost the kfp4j
    // command pays at start-up (BENCHMARKS.md, "The kfp4j command's start-up").
    @Override
    public boolean equals(Object o) {
      return o instanceof Io other && template.equals(other.template) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
      return 31 * template.hashCode() + name.hashCode();
    }
  }

  private final Map<String, Object> workflow;
  private final List<Map<String, Object>> containers = new ArrayList<>();
  private final List<Map<String, Object>> dags = new ArrayList<>();
  private final List<Map<String, Object>> resourceTemplates = new ArrayList<>();
  private final Set<String> resources = new HashSet<>();
  private final Map<Io, Set<Io>> inputToDagInputs = new HashMap<>();
  private final Map<Io, Set<Io>> inputToTaskOutputs = new HashMap<>();
  private final Map<Io, Set<Io>> dagOutputToTaskOutputs = new HashMap<>();
  private final Set<Io> inputsAsParameters = new HashSet<>();
  private final Set<Io> inputsAsArtifacts = new HashSet<>();
  private final Set<Io> outputsAsParameters = new HashSet<>();
  private final Set<Io> outputsAsArtifacts = new HashSet<>();

  private DataPassing(Map<String, Object> workflow) {
    this.workflow = workflow;
  }

  /** The workflow rewritten (a mutable deep copy; the argument is not changed). */
  static Map<String, Object> rewrite(Map<String, Object> workflow) {
    DataPassing pass = new DataPassing(Trees.mutableCopy(workflow));
    pass.run();
    return pass.workflow;
  }

  private void run() {
    for (Map<String, Object> template : Trees.maps(Trees.map(workflow, "spec").get("templates"))) {
      if (template.containsKey("container")) {
        containers.add(template);
      } else if (template.containsKey("dag")) {
        dags.add(template);
      } else if (template.containsKey("resource")) {
        resources.add((String) template.get("name"));
        resourceTemplates.add(template);
      }
    }
    indexDags();
    Set<Io> directParameterInputs = new LinkedHashSet<>();
    Set<Io> directArtifactInputs = new LinkedHashSet<>();
    Set<Io> directParameterOutputs = new LinkedHashSet<>();
    findConsumers(directParameterInputs, directArtifactInputs, directParameterOutputs);
    directParameterInputs.forEach(i -> markInput(i, inputsAsParameters, outputsAsParameters));
    directArtifactInputs.forEach(i -> markInput(i, inputsAsArtifacts, outputsAsArtifacts));
    directParameterOutputs.forEach(o -> markOutput(o, outputsAsParameters));
    convertDags();
    prune();
    workflowArguments();
    Trees.dropEmptySections(Trees.maps(Trees.map(workflow, "spec").get("templates")));
  }

  private void indexDags() {
    for (Map<String, Object> dag : dags) {
      String dagName = (String) dag.get("name");
      List<Map<String, Object>> tasks = tasks(dag);
      Map<String, String> templateOf = templateByTask(tasks);
      for (Map<String, Object> output : Trees.maps(Trees.map(dag, "outputs").get("parameters"))) {
        String[] parts = Placeholders.single(String.valueOf(Trees.map(output, "valueFrom").get("parameter")));
        if (parts != null && parts[0].equals("tasks") && parts.length > 4) {
          dagOutputToTaskOutputs.computeIfAbsent(new Io(dagName, (String) output.get("name")),
              k -> new LinkedHashSet<>()).add(new Io(templateOf.get(parts[1]), parts[4]));
        }
      }
      for (Map<String, Object> task : tasks) {
        for (Map<String, Object> argument : Trees.maps(Trees.map(task, "arguments").get("parameters"))) {
          Io input = new Io((String) task.get("template"), (String) argument.get("name"));
          String[] parts = Placeholders.single(String.valueOf(argument.get("value")));
          if (parts == null) {
            continue;
          }
          if (parts[0].equals("inputs") && parts.length > 2) {
            inputToDagInputs.computeIfAbsent(input, k -> new LinkedHashSet<>()).add(new Io(dagName, parts[2]));
          } else if (parts[0].equals("tasks") && parts.length > 4) {
            inputToTaskOutputs.computeIfAbsent(input, k -> new LinkedHashSet<>())
                .add(new Io(templateOf.get(parts[1]), parts[4]));
          }
        }
      }
    }
  }

  private void findConsumers(Set<Io> parameterInputs, Set<Io> artifactInputs, Set<Io> parameterOutputs) {
    for (Map<String, Object> template : containers) {
      String name = (String) template.get("name");
      for (Map<String, Object> artifact : Trees.maps(Trees.map(template, "inputs").get("artifacts"))) {
        Object raw = artifact.get("raw");
        String input = raw instanceof Map<?, ?> r ? Placeholders.inputParameter(String.valueOf(r.get("data"))) : null;
        if (input != null) {
          artifactInputs.add(new Io(name, input));
          artifact.remove("raw");
          artifact.put("name", input);
        }
      }
    }
    for (Map<String, Object> dag : dags) {
      String dagName = (String) dag.get("name");
      List<Map<String, Object>> tasks = tasks(dag);
      Map<String, String> templateOf = templateByTask(tasks);
      for (Map<String, Object> task : tasks) {
        Map<String, Object> withoutArguments = new LinkedHashMap<>(task);
        withoutArguments.remove("arguments");
        Set<String> found = new LinkedHashSet<>();
        Placeholders.collect(withoutArguments, found);
        for (String placeholder : found) {
          String[] parts = placeholder.split("\\.", -1);
          if (parts[0].equals("inputs") && parts.length > 2 && parts[1].equals("parameters")) {
            parameterInputs.add(new Io(dagName, parts[2]));
          } else if (parts[0].equals("tasks") && parts.length > 4 && templateOf.containsKey(parts[1])) {
            parameterOutputs.add(new Io(templateOf.get(parts[1]), parts[4]));
          }
        }
      }
    }
    List<Map<String, Object>> containersAndResources = new ArrayList<>(containers);
    containersAndResources.addAll(resourceTemplates);
    for (Map<String, Object> template : containersAndResources) {
      Set<String> found = new LinkedHashSet<>();
      Placeholders.collect(template, found);
      for (String placeholder : found) {
        String[] parts = placeholder.split("\\.", -1);
        if (parts[0].equals("inputs") && parts.length > 2 && parts[1].equals("parameters")) {
          parameterInputs.add(new Io((String) template.get("name"), parts[2]));
        }
      }
    }
  }

  private void markInput(Io input, Set<Io> inputs, Set<Io> outputs) {
    if (!inputs.add(input)) {
      return;
    }
    inputToDagInputs.getOrDefault(input, Set.of()).forEach(i -> markInput(i, inputs, outputs));
    inputToTaskOutputs.getOrDefault(input, Set.of()).forEach(o -> markOutput(o, outputs));
  }

  /**
   * Marks an output and, for a DAG's output, the child output it forwards. (KFP's rewriter indexes DAG outputs
   * from a field its compiler never writes, so it drops the producer's parameter and Argo fails at run time;
   * this follows them.)
   */
  private void markOutput(Io output, Set<Io> outputs) {
    if (outputs.add(output)) {
      dagOutputToTaskOutputs.getOrDefault(output, Set.of()).forEach(o -> markOutput(o, outputs));
    }
  }

  private void convertDags() {
    for (Map<String, Object> dag : dags) {
      String dagName = (String) dag.get("name");
      Map<String, Object> inputs = Trees.child(dag, "inputs");
      List<Object> inputArtifacts = Trees.list(inputs, "artifacts");
      for (Map<String, Object> parameter : Trees.maps(inputs.get("parameters"))) {
        if (inputsAsArtifacts.contains(new Io(dagName, (String) parameter.get("name")))) {
          inputArtifacts.add(ContainerTemplates.entry("name", parameter.get("name")));
        }
      }
      Map<String, Object> outputs = Trees.child(dag, "outputs");
      List<Object> outputArtifacts = Trees.list(outputs, "artifacts");
      for (Map<String, Object> parameter : Trees.maps(outputs.get("parameters"))) {
        if (outputsAsArtifacts.contains(new Io(dagName, (String) parameter.get("name")))) {
          Map<String, Object> artifact = ContainerTemplates.entry("name", parameter.get("name"));
          String from = (String) Trees.map(parameter, "valueFrom").get("parameter");
          artifact.put("from", from.replace(".parameters.", ".artifacts."));
          outputArtifacts.add(artifact);
        }
      }
      for (Map<String, Object> task : tasks(dag)) {
        Map<String, Object> arguments = Trees.child(task, "arguments");
        List<Object> artifacts = Trees.list(arguments, "artifacts");
        for (Map<String, Object> parameter : Trees.maps(arguments.get("parameters"))) {
          String name = (String) parameter.get("name");
          if (!inputsAsArtifacts.contains(new Io((String) task.get("template"), name))) {
            continue;
          }
          String value = (String) parameter.get("value");
          String[] parts = Placeholders.single(value);
          boolean reference = parts != null && (parts[0].equals("inputs") || parts[0].equals("tasks"))
              && !(parts[0].equals("tasks") && parts.length > 1 && resources.contains(parts[1]));
          Map<String, Object> artifact = ContainerTemplates.entry("name", name);
          if (reference) {
            artifact.put("from", value.replace(".parameters.", ".artifacts."));
          } else {
            artifact.put("raw", ContainerTemplates.entry("data", value));
          }
          artifacts.add(artifact);
        }
      }
    }
  }

  private void prune() {
    List<Map<String, Object>> both = new ArrayList<>(containers);
    both.addAll(dags);
    for (Map<String, Object> template : both) {
      String name = (String) template.get("name");
      keepOnly(Trees.child(template, "inputs"), "parameters", inputsAsParameters, name);
      keepOnly(Trees.child(template, "outputs"), "parameters", outputsAsParameters, name);
    }
    for (Map<String, Object> dag : dags) {
      for (Map<String, Object> task : tasks(dag)) {
        keepOnly(Trees.child(task, "arguments"), "parameters", inputsAsParameters, (String) task.get("template"));
      }
    }
  }

  private static void keepOnly(Map<String, Object> section, String key, Set<Io> kept, String template) {
    List<Object> items = Trees.list(section, key);
    for (Iterator<Object> it = items.iterator(); it.hasNext(); ) {
      Object name = ((Map<?, ?>) it.next()).get("name");
      if (!kept.contains(new Io(template, (String) name))) {
        it.remove();
      }
    }
  }

  private void workflowArguments() {
    Map<String, Object> spec = Trees.map(workflow, "spec");
    String entrypoint = (String) spec.get("entrypoint");
    Map<String, Object> arguments = Trees.child(spec, "arguments");
    List<Object> artifacts = new ArrayList<>();
    for (Map<String, Object> parameter : Trees.maps(arguments.get("parameters"))) {
      String name = (String) parameter.get("name");
      if (inputsAsArtifacts.contains(new Io(entrypoint, name))) {
        Map<String, Object> artifact = ContainerTemplates.entry("name", name);
        artifact.put("raw", ContainerTemplates.entry("data", "{{workflow.parameters." + name + "}}"));
        artifacts.add(artifact);
      }
    }
    if (!artifacts.isEmpty()) {
      arguments.put("artifacts", artifacts);
    }
  }

  private static List<Map<String, Object>> tasks(Map<String, Object> dag) {
    return Trees.maps(Trees.map(dag, "dag").get("tasks"));
  }

  private static Map<String, String> templateByTask(List<Map<String, Object>> tasks) {
    Map<String, String> out = new HashMap<>();
    tasks.forEach(t -> out.put((String) t.get("name"), (String) t.get("template")));
    return out;
  }
}
