package io.kfp4j.sdk.task;

import io.kfp4j.sdk.ir.ArgumentValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resource requests and limits of a task's container, validated as KFP validates them.
 *
 * @param requests resource name (cpu, memory, ephemeral-storage, ...) to quantity: text, a whole number where KFP
 *     writes a number (as for {@code set_gpu_limit(2)}), or a value given when the pipeline runs
 * @param limits resource name (cpu, memory, nvidia.com/gpu, ...) to quantity
 */
public record Resources(Map<String, SettingValue> requests, Map<String, SettingValue> limits) {
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
    return withRequest(resource, SettingValue.of(quantity));
  }

  /**
   * Adds a request; a constant is checked as KFP checks it, a value given when the pipeline runs is checked by
   * Kubernetes then.
   */
  public Resources withRequest(String resource, SettingValue quantity) {
    check(resource, quantity);
    Map<String, SettingValue> next = new LinkedHashMap<>(requests);
    next.put(resource, quantity);
    return new Resources(next, limits);
  }

  /** Adds a limit, checking memory and CPU quantities as KFP does. */
  public Resources withLimit(String resource, String quantity) {
    return withLimit(resource, SettingValue.of(quantity));
  }

  /** Adds a limit that is a whole number, written as a number ({@code nvidia.com/gpu: 2}). */
  public Resources withLimit(String resource, long quantity) {
    return withLimit(resource, new SettingValue.WholeNumber(quantity));
  }

  /** Adds a limit, checked as {@link #withRequest(String, SettingValue)} checks a request. */
  public Resources withLimit(String resource, SettingValue quantity) {
    check(resource, quantity);
    Map<String, SettingValue> next = new LinkedHashMap<>(limits);
    next.put(resource, quantity);
    return new Resources(requests, next);
  }

  /** The run-time values it reads: those of the requests, then those of the limits, in order. */
  public List<ArgumentValue> references() {
    List<ArgumentValue> refs = new ArrayList<>();
    requests.values().forEach(v -> v.reference().ifPresent(refs::add));
    limits.values().forEach(v -> v.reference().ifPresent(refs::add));
    return refs;
  }

  private static void check(String resource, SettingValue value) {
    if (value instanceof SettingValue.WholeNumber n) {
      if (n.value() < 0) {
        throw new IllegalArgumentException("invalid " + resource + " quantity " + n.value() + ": expected at least 0");
      }
      return;
    }
    if (!(value instanceof SettingValue.Constant constant)) {
      return; // given when the pipeline runs; Kubernetes checks it then
    }
    String quantity = constant.text();
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
