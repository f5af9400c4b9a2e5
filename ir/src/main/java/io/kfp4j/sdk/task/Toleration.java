package io.kfp4j.sdk.task;

/**
 * A Kubernetes toleration.
 *
 * @param key the taint key, or {@code null} for all
 * @param operator {@code Equal} or {@code Exists}
 * @param value the taint value, or {@code null}
 * @param effect {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}, or {@code null} for all
 * @param tolerationSeconds how long a {@code NoExecute} taint is tolerated, or {@code null}
 */
public record Toleration(String key, String operator, String value, String effect, Long tolerationSeconds) {
  public Toleration {
    if (operator != null && !operator.equals("Equal") && !operator.equals("Exists")) {
      throw new IllegalArgumentException("toleration operator must be Equal or Exists, not \"" + operator + "\"");
    }
  }

  /** Tolerates a taint {@code key=value:effect}. */
  public static Toleration of(String key, String value, String effect) {
    return new Toleration(key, "Equal", value, effect, null);
  }
}
