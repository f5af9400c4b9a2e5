package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.metrics.UiOutputs;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.resolve.ResolutionException;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.types.PythonFloat;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves each task's command line as KFP's component bridge does: fills spec defaults, lets the one
 * {@link CommandLineResolver} expand the placeholders with references standing in for run-time values, then
 * writes each reference as {@code {{inputs.parameters.<name>}}} and records which values the container reads,
 * its settings' run-time values ({@link SettingText}) included.
 */
final class TaskOps {
  /** A reference while the resolver runs: private-use characters around its index, never in user text. */
  private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");

  private final GroupTree tree;

  TaskOps(GroupTree tree) {
    this.tree = tree;
  }

  /** The task resolved. @throws CompileException naming the pipeline and task when its component cannot run */
  TaskOp resolve(TaskNode node) {
    String where = "pipeline \"" + tree.graph().name() + "\", task \"" + node.name() + "\"";
    if (node.importer() != null) {
      throw new CompileException(where + " is an importer (KFP v2's dsl.importer), which KFP v1 does not have",
          "compile the pipeline for KFP v2 (io.kfp4j.sdk.v2.PipelineSpecCompiler), or pass the URI as a String"
              + " parameter to a component that downloads it",
          Kfp4jException.facts(Kfp4jException.Fact.PIPELINE, tree.graph().name(), Kfp4jException.Fact.TASK,
              node.name(), Kfp4jException.Fact.OPTION, "target-v2"));
    }
    if (node.resource() != null) {
      Set<ParamRef> used = new LinkedHashSet<>();
      SettingText written = SettingText.write(node, tree, used, where);
      return new TaskOp(node, List.of(), List.of(), List.copyOf(used), List.of(), Map.of(), Map.of(), written);
    }
    List<V2Usage> v2 = V2Usage.find(node.component().spec());
    if (!v2.isEmpty()) {
      // a KFP v2 component file's component is fixed by the v2 target, which front ends name their own way
      boolean v2File = node.component().spec().v2Native().isPresent();
      throw new CompileException(where + ": component \"" + node.component().spec().nameOrDefault() + "\": "
          + v2.get(0).path() + ": " + v2.get(0).unsupportedMessage(), V2Usage.fix(node.component().spec()),
          Kfp4jException.facts(Kfp4jException.Fact.PIPELINE, tree.graph().name(), Kfp4jException.Fact.TASK,
              node.name(), Kfp4jException.Fact.OPTION, v2File ? "target-v2" : null));
    }
    List<ParamRef> marks = new ArrayList<>();
    Map<String, String> arguments = new LinkedHashMap<>();
    for (InputSpec input : node.component().spec().inputs()) {
      ArgumentValue value = node.arguments().get(input.name());
      if (value != null) {
        arguments.put(input.name(), text(value, marks, where + ", input \"" + input.name() + "\""));
      } else if (input.defaultValue() != null) {
        arguments.put(input.name(), defaultText(input));
      }
    }
    Map<String, String> fixedPaths = node.rawContainer() == null ? Map.of() : node.rawContainer().inputPaths();
    ResolvedCommandLine resolved;
    try {
      resolved = CommandLineResolver.resolve(node.component().spec(), arguments, fixedPaths.isEmpty() ? PathScheme.KFP
          : new PathScheme() {
            @Override
            public String inputPath(String inputName) {
              return fixedPaths.getOrDefault(inputName, PathScheme.KFP.inputPath(inputName));
            }

            @Override
            public String outputPath(String outputName) {
              return PathScheme.KFP.outputPath(outputName);
            }
          });
    } catch (ResolutionException e) {
      throw new CompileException(where + ": " + e.getMessage(), e);
    }
    Set<ParamRef> used = new LinkedHashSet<>();
    List<String> command = unmark(resolved.command(), marks, used);
    List<String> args = unmark(resolved.args(), marks, used);
    Map<String, String> byValue = new LinkedHashMap<>();
    resolved.inputsConsumedByValue().forEach((k, v) -> byValue.put(k, unmark(v, marks, used)));
    List<TaskOp.InputArtifact> artifacts = new ArrayList<>();
    Map<String, String> inputPaths = new LinkedHashMap<>(resolved.inputPaths());
    fixedPaths.forEach(inputPaths::putIfAbsent); // files a raw container reads without naming them
    inputPaths.forEach((input, path) -> {
      if (!byValue.containsKey(input)) {
        artifacts.add(new TaskOp.InputArtifact(KfpNames.k8sNameKeepCase(input), path,
            unmark(arguments.get(input), marks, used)));
      }
    });
    artifacts.sort(Comparator.comparing(TaskOp.InputArtifact::name));
    SettingText written = SettingText.write(node, tree, used, where);
    return new TaskOp(node, command, args, List.copyOf(used), artifacts, resolved.outputPaths(), byValue, written);
  }

  /** The argument as resolver text: constants as they are, references as marks. */
  private String text(ArgumentValue value, List<ParamRef> marks, String where) {
    if (value instanceof ArgumentValue.Constant c) {
      return c.text();
    }
    if (value instanceof ArgumentValue.Template t) {
      StringBuilder out = new StringBuilder();
      t.parts().forEach(part -> out.append(text(part, marks, where)));
      return out.toString();
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      UiOutputs.artifactOf(o.output()).ifPresent(artifact -> {
        throw new CompileException(where + ": output \"" + o.output() + "\" of task \"" + o.task() + "\" is KFP's "
            + artifact + " artifact, which KFP shows in its UI and passes to no other task; write what the other"
            + " task needs to an output of another name");
      });
    }
    marks.add(tree.ref(value, where));
    return "\uE000" + (marks.size() - 1) + "\uE001";
  }

  /** KFP converts Integer and Float defaults to numbers before serializing them ({@code "4"} becomes {@code 4.0}). */
  static String defaultText(InputSpec input) {
    String text = input.defaultText().orElseThrow();
    String type = input.typeName().orElse("");
    try {
      if (type.equals("Integer")) {
        return Long.toString(Long.parseLong(text.strip()));
      }
      if (type.equals("Float")) {
        return PythonFloat.repr(PythonFloat.parse(text));
      }
    } catch (IllegalArgumentException notANumber) {
      return text;
    }
    return text;
  }

  private static List<String> unmark(List<String> items, List<ParamRef> marks, Set<ParamRef> used) {
    return items.stream().map(s -> unmark(s, marks, used)).toList();
  }

  private static String unmark(String text, List<ParamRef> marks, Set<ParamRef> used) {
    Matcher m = MARK.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      ParamRef ref = marks.get(Integer.parseInt(m.group(1)));
      used.add(ref);
      m.appendReplacement(out, Matcher.quoteReplacement(ref.inputPlaceholder()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
