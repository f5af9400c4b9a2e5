package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.DataPassingVolume;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * KFP's {@code rewrite_data_passing_to_use_volumes}, run after the data passing rewrite when the pipeline passes
 * files through a volume ({@link DataPassingVolume}): every artifact becomes a mount of a folder of the
 * {@code data-storage} volume, and what flowed as an artifact flows as a {@code <name>-subpath} parameter holding the
 * folder. The UI's {@code mlpipeline-ui-metadata} and {@code mlpipeline-metrics} stay artifacts as well.
 */
final class VolumeDataPassing {
  private static final String VOLUME = "data-storage";
  private static final String SUFFIX = "-subpath";
  private static final Set<String> KEPT_ARTIFACTS = Set.of("mlpipeline-ui-metadata", "mlpipeline-metrics");
  private static final Pattern ARTIFACT_REFERENCE = Pattern.compile("\\{\\{([^}]+)\\.artifacts\\.([^}]+)}}");

  private VolumeDataPassing() {}

  /** Rewrites the workflow in place. @throws CompileException for a constant given to a file input */
  static void rewrite(Map<String, Object> workflow, DataPassingVolume passing, String pipeline) {
    Map<String, Object> spec = Trees.child(workflow, "spec");
    List<Map<String, Object>> templates = Trees.maps(spec.get("templates"));
    String executionDir = passing.pathPrefix() + "{{workflow.uid}}_{{pod.name}}/";
    Trees.list(spec, "volumes").add(volume(passing.volume(), pipeline));
    Map<String, Object> lastContainer = null;
    for (Map<String, Object> template : templates) {
      if (!(template.get("container") instanceof Map<?, ?>)) {
        continue;
      }
      Map<String, Object> container = Trees.child(template, "container");
      lastContainer = container;
      Map<String, Object> inputs = Trees.map(template, "inputs");
      List<Map<String, Object>> inputArtifacts = Trees.maps(inputs.get("artifacts"));
      if (!inputArtifacts.isEmpty()) {
        List<Object> parameters = Trees.list(Trees.child(template, "inputs"), "parameters");
        for (Map<String, Object> artifact : inputArtifacts) {
          if (artifact.containsKey("raw")) {
            throw constantFile(pipeline); // KFP would mount a sub-path nobody gives, and fail when the pod starts
          }
          String subpath = artifact.get("name") + SUFFIX;
          Map<String, Object> mount = mount(parent((String) artifact.get("path")), "{{inputs.parameters." + subpath + "}}");
          mount.put("readOnly", true);
          Trees.list(container, "volumeMounts").add(mount);
          parameters.add(ContainerTemplates.entry("name", subpath));
        }
      }
      inputs.remove("artifacts");
      Map<String, Object> outputs = Trees.map(template, "outputs");
      List<Map<String, Object>> outputArtifacts = Trees.maps(outputs.get("artifacts"));
      if (!outputArtifacts.isEmpty()) {
        List<Object> parameters = Trees.list(Trees.child(template, "outputs"), "parameters");
        outputs.remove("artifacts");
        for (Map<String, Object> artifact : outputArtifacts) {
          String subpath = executionDir + artifact.get("name");
          Trees.list(container, "volumeMounts").add(mount(parent((String) artifact.get("path")), subpath));
          Map<String, Object> parameter = ContainerTemplates.entry("name", artifact.get("name") + SUFFIX);
          parameter.put("value", subpath);
          parameters.add(parameter);
        }
        List<Object> kept = new ArrayList<>();
        outputArtifacts.stream().filter(a -> KEPT_ARTIFACTS.contains(a.get("name"))).forEach(kept::add);
        if (!kept.isEmpty()) {
          outputs.put("artifacts", kept);
        }
      }
    }
    for (Map<String, Object> template : templates) {
      if (template.get("dag") instanceof Map<?, ?>) {
        dag(template, lastContainer, pipeline);
      }
    }
    if (!Trees.maps(Trees.map(spec, "arguments").get("artifacts")).isEmpty()) {
      throw constantFile(pipeline);
    }
  }

  private static void dag(Map<String, Object> template, Map<String, Object> lastContainer, String pipeline) {
    Map<String, Object> inputs = Trees.map(template, "inputs");
    List<Map<String, Object>> inputArtifacts = Trees.maps(inputs.get("artifacts"));
    if (!inputArtifacts.isEmpty()) {
      List<Object> parameters = Trees.list(Trees.child(template, "inputs"), "parameters");
      touchMounts(lastContainer); // as KFP, which reaches for the last container's mounts here
      inputArtifacts.forEach(a -> parameters.add(ContainerTemplates.entry("name", a.get("name") + SUFFIX)));
    }
    inputs.remove("artifacts");
    Map<String, Object> outputs = Trees.map(template, "outputs");
    List<Map<String, Object>> outputArtifacts = Trees.maps(outputs.get("artifacts"));
    if (!outputArtifacts.isEmpty()) {
      List<Object> parameters = Trees.list(Trees.child(template, "outputs"), "parameters");
      touchMounts(lastContainer);
      for (Map<String, Object> artifact : outputArtifacts) {
        Map<String, Object> parameter = ContainerTemplates.entry("name", artifact.get("name") + SUFFIX);
        parameter.put("valueFrom", ContainerTemplates.entry("parameter", parameterReference((String) artifact.get("from"))));
        parameters.add(parameter);
      }
    }
    outputs.remove("artifacts");
    for (Map<String, Object> task : Trees.maps(Trees.map(template, "dag").get("tasks"))) {
      Map<String, Object> arguments = Trees.map(task, "arguments");
      List<Map<String, Object>> artifacts = Trees.maps(arguments.get("artifacts"));
      if (!artifacts.isEmpty()) {
        List<Object> parameters = Trees.list(Trees.child(task, "arguments"), "parameters");
        for (Map<String, Object> artifact : artifacts) {
          if (!artifact.containsKey("from")) {
            throw constantFile(pipeline);
          }
          Map<String, Object> parameter = ContainerTemplates.entry("name", artifact.get("name") + SUFFIX);
          parameter.put("value", parameterReference((String) artifact.get("from")));
          parameters.add(parameter);
        }
      }
      arguments.remove("artifacts");
    }
  }

  private static void touchMounts(Map<String, Object> container) {
    if (container != null) {
      Trees.list(container, "volumeMounts");
    }
  }

  private static String parameterReference(String artifactReference) {
    return ARTIFACT_REFERENCE.matcher(artifactReference).replaceAll("{{$1.parameters.$2" + SUFFIX + "}}");
  }

  private static Map<String, Object> mount(String path, String subPath) {
    Map<String, Object> mount = ContainerTemplates.entry("mountPath", path);
    mount.put("name", VOLUME);
    mount.put("subPath", subPath);
    return mount;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? (slash == 0 ? "/" : "") : path.substring(0, slash);
  }

  private static Map<String, Object> volume(Volume volume, String pipeline) {
    Map<String, Object> out = ContainerTemplates.entry("name", VOLUME);
    if (volume instanceof Volume.Claim claim) {
      if (!(claim.claimName() instanceof SettingValue.Constant name)) {
        throw new CompileException("pipeline \"" + pipeline + "\": the data passing volume's claim name is given"
            + " when the pipeline runs, but the workflow names its volumes when it is submitted; give the claim's name"
            + " as text");
      }
      out.put("persistentVolumeClaim", ContainerTemplates.entry("claimName", name.text()));
    } else {
      out.putAll(((Volume.Plain) volume).source());
    }
    return out;
  }

  private static CompileException constantFile(String pipeline) {
    return new CompileException("pipeline \"" + pipeline + "\": a constant is given to a file input, but files pass"
        + " through the data passing volume, which only holds what tasks write (as in KFP); pass the output of a task"
        + " that writes the file, or pass files as artifacts (no dataPassingVolume)");
  }
}
