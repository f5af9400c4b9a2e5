package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.resolve.ResolutionException;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.types.PythonFloat;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.SettingRefs;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.ir.VolumeClaim;
import io.kfp4j.sdk.task.Resources;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Volume;
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
 * writes each reference as {@code {{inputs.parameters.<name>}}} and records which values the container reads.
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
    if (node.volumeClaim() != null) {
      Set<ParamRef> used = new LinkedHashSet<>();
      VolumeClaim claim = node.volumeClaim();
      VolumeClaim resolved = new VolumeClaim(claim.resourceName(), render(claim.size(), used, where),
          claim.accessModes(), claim.storageClass(), claim.annotations());
      return new TaskOp(node, List.of(), List.of(), List.copyOf(used), List.of(), Map.of(), Map.of(),
          settings(node.settings(), used, where), resolved);
    }
    List<V2Usage> v2 = V2Usage.find(node.component().spec());
    if (!v2.isEmpty()) {
      throw new CompileException(where + ": " + v2.get(0).path() + ": " + v2.get(0).unsupportedMessage()
          + "; use a v1 placeholder (inputValue, inputPath or outputPath) or compile with KFP v2");
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
    ResolvedCommandLine resolved;
    try {
      resolved = CommandLineResolver.resolve(node.component().spec(), arguments, PathScheme.KFP);
    } catch (ResolutionException e) {
      throw new CompileException(where + ": " + e.getMessage(), e);
    }
    Set<ParamRef> used = new LinkedHashSet<>();
    List<String> command = unmark(resolved.command(), marks, used);
    List<String> args = unmark(resolved.args(), marks, used);
    Map<String, String> byValue = new LinkedHashMap<>();
    resolved.inputsConsumedByValue().forEach((k, v) -> byValue.put(k, unmark(v, marks, used)));
    List<TaskOp.InputArtifact> artifacts = new ArrayList<>();
    resolved.inputPaths().forEach((input, path) -> {
      if (!byValue.containsKey(input)) {
        artifacts.add(new TaskOp.InputArtifact(KfpNames.k8sNameKeepCase(input), path,
            unmark(arguments.get(input), marks, used)));
      }
    });
    artifacts.sort(Comparator.comparing(TaskOp.InputArtifact::name));
    TaskSettings settings = settings(node.settings(), used, where);
    return new TaskOp(node, command, args, List.copyOf(used), artifacts, resolved.outputPaths(), byValue, settings,
        null);
  }

  /** The settings with run-time values ({@link SettingRefs}) written as input placeholders, recorded in {@code used}. */
  private TaskSettings settings(TaskSettings settings, Set<ParamRef> used, String where) {
    Resources resources = settings.resources();
    Map<String, Object> requests = renderTree(resources.requests(), used, where);
    Map<String, Object> limits = renderTree(resources.limits(), used, where);
    List<Volume> volumes = new ArrayList<>();
    for (Volume volume : settings.volumes()) {
      volumes.add(new Volume(volume.name(), renderTree(volume.source(), used, where)));
    }
    return new TaskSettings(settings.displayName(), new Resources(requests, limits), settings.env(),
        settings.nodeSelector(), settings.tolerations(), settings.affinity(), settings.retry(), settings.timeoutSeconds(),
        settings.caching(), settings.maxCacheStaleness(), settings.podLabels(), settings.podAnnotations(), volumes,
        settings.volumeMounts(), settings.sidecars(), settings.imagePullPolicy());
  }

  private String render(String text, Set<ParamRef> used, String where) {
    return SettingRefs.replace(text, value -> {
      ParamRef ref = tree.ref(value, where);
      used.add(ref);
      return ref.inputPlaceholder();
    });
  }

  @SuppressWarnings("unchecked")
  private <T> T renderTree(T tree, Set<ParamRef> used, String where) {
    if (tree instanceof String s) {
      return (T) render(s, used, where);
    }
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), renderTree(v, used, where)));
      return (T) out;
    }
    if (tree instanceof List<?> list) {
      return (T) list.stream().map(v -> renderTree(v, used, where)).toList();
    }
    return tree;
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
