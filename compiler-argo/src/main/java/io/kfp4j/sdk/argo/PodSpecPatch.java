package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.types.PythonJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * KFP's {@code podSpecPatch} for resources given when the pipeline runs: Argo does not replace placeholders in a
 * container's {@code resources}, so KFP moves each resource whose value is a single
 * {@code {{inputs.parameters.x}}} into a patch of the pod's {@code main} container, in the order set.
 */
final class PodSpecPatch {
  private static final Set<String> PATCHABLE = Set.of("cpu", "memory", "amd.com/gpu", "nvidia.com/gpu",
      "ephemeral-storage");
  private static final Pattern INPUT = Pattern.compile("^\\{\\{inputs\\.parameters\\..*}}$");

  private PodSpecPatch() {}

  /**
   * Moves the run-time valued entries of a container's {@code resources} ({@code limits}/{@code requests} maps)
   * into {@code patch} (setting to resource to value), dropping settings left empty as KFP does.
   */
  @SuppressWarnings("unchecked")
  static void moveRuntimeResources(Map<String, Object> resources, Map<String, Object> patch) {
    for (Iterator<Map.Entry<String, Object>> settings = resources.entrySet().iterator(); settings.hasNext(); ) {
      Map.Entry<String, Object> setting = settings.next();
      Map<String, Object> values = (Map<String, Object>) setting.getValue();
      for (Iterator<Map.Entry<String, Object>> it = values.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Object> resource = it.next();
        boolean patchable = PATCHABLE.contains(resource.getKey()) || INPUT.matcher(resource.getKey()).matches();
        if (patchable && INPUT.matcher(String.valueOf(resource.getValue())).matches()) {
          ((Map<String, Object>) patch.computeIfAbsent(setting.getKey(), k -> new LinkedHashMap<String, Object>()))
              .put(resource.getKey(), resource.getValue());
          it.remove();
        }
      }
      if (values.isEmpty()) {
        settings.remove();
      }
    }
  }

  /** The patch as KFP writes it ({@code json.dumps}, keys in insertion order). */
  @SuppressWarnings("unchecked")
  static String json(Map<String, Object> resourcePatch) {
    StringBuilder out = new StringBuilder("{\"containers\": [{\"name\": \"main\", \"resources\": {");
    String settingSeparator = "";
    for (Map.Entry<String, Object> setting : resourcePatch.entrySet()) {
      out.append(settingSeparator).append(PythonJson.dumps(setting.getKey())).append(": {");
      settingSeparator = ", ";
      String separator = "";
      for (Map.Entry<String, Object> value : ((Map<String, Object>) setting.getValue()).entrySet()) {
        out.append(separator).append(PythonJson.dumps(value.getKey())).append(": ")
            .append(PythonJson.dumps(value.getValue()));
        separator = ", ";
      }
      out.append('}');
    }
    return out.append("}}]}").toString();
  }
}
