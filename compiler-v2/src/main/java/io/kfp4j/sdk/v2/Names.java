package io.kfp4j.sdk.v2;

import java.util.Locale;
import java.util.Set;

/** KFP 2's naming rules for what the compiler writes. */
final class Names {
  static final String CHANNEL_PREFIX = "pipelinechannel--";

  private Names() {}

  /** {@code utils.sanitize_input_name}: lower case, each run of other characters than {@code [_0-9a-z]} one {@code _}. */
  static String inputName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^_0-9a-z]+", "_").replaceAll("^_+", "").replaceAll("_+$", "");
  }

  /** The compiler-injected input carrying a value across DAGs ({@code additional_input_name_for_pipeline_channel}). */
  static String channelInput(String channelFullName) {
    return CHANNEL_PREFIX + channelFullName;
  }

  /** {@code make_name_unique_by_adding_index}: the name, else the name with {@code -2}, {@code -3}, ... */
  static String unique(String name, Set<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    for (int i = 2; ; i++) {
      String candidate = name + "-" + i;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
