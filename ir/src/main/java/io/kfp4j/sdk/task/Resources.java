package io.kfp4j.sdk.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resource requests and limits of a task's container, validated as KFP validates them.
 *
 * @param requests resource name (cpu, memory, ephemeral-storage, ...) to quantity: text, or a whole number (a
 *     {@link Long}) where KFP writes a number, as for {@code set_gpu_limit(2)}
 * @param limits resource name (cpu, memory, nvidia.com/gpu, ...) to quantity
 */
public record Resources(Map<String, Object> requests, Map<String, Object> limits) {
  /** No requests and no limits. */
  public static final Resources NONE = new Resources(Map.of(), Map.of());
  private static final Pattern MEMORY = Pattern.compile("^[0-9]+(E|Ei|P|Pi|T|Ti|G|Gi|M|Mi|K|Ki)?$");
  private static final Pattern CPU = Pattern.compile("^[0-9]+m$|^[0-9]+(\\.[0-9]+)?$");

  public Resources {
    requests = OrderedMaps.copy(requests);
    limits = OrderedMaps.copy(limits);
  }

  /** Adds a request, checking memory and CPU quantities as KFP does. */
  public Resources withRequest(String resource, String quantity) {
    check(resource, quantity);
    Map<String, Object> next = new LinkedHashMap<>(requests);
    next.put(resource, quantity);
    return new Resources(next, limits);
  }

  /** Adds a limit, checking memory and CPU quantities as KFP does. */
  public Resources withLimit(String resource, String quantity) {
    check(resource, quantity);
    Map<String, Object> next = new LinkedHashMap<>(limits);
    next.put(resource, quantity);
    return new Resources(requests, next);
  }

  /** Adds a limit that is a whole number, written as a number ({@code nvidia.com/gpu: 2}). */
  public Resources withLimit(String resource, long quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("invalid " + resource + " quantity " + quantity + ": expected at least 0");
    }
    Map<String, Object> next = new LinkedHashMap<>(limits);
    next.put(resource, quantity);
    return new Resources(requests, next);
  }

  private static void check(String resource, String quantity) {
    if (quantity.contains("{{kfp4j:")) {
      return; // given when the pipeline runs (io.kfp4j.sdk.ir.SettingRefs); Kubernetes checks it then
    }
    if ((resource.equals("memory") || resource.equals("ephemeral-storage")) && !MEMORY.matcher(quantity).matches()) {
      throw new IllegalArgumentException("invalid " + resource + " quantity \"" + quantity + "\": expected a number"
          + " with an optional suffix E, Ei, P, Pi, T, Ti, G, Gi, M, Mi, K or Ki, such as 512Mi or 2G");
    }
    if (resource.equals("cpu") && !CPU.matcher(quantity).matches()) {
      throw new IllegalArgumentException("invalid cpu quantity \"" + quantity + "\": expected a number of cores"
          + " such as 0.5 or 2, or millicores such as 500m");
    }
    if (resource.endsWith("/gpu") && !quantity.matches("^[0-9]+$")) {
      throw new IllegalArgumentException("invalid " + resource + " quantity \"" + quantity + "\": expected a whole"
          + " number of GPUs");
    }
  }
}
