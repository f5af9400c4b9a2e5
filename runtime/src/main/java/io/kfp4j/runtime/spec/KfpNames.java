package io.kfp4j.runtime.spec;

import java.util.Locale;

/** KFP 1.8.22's naming rules, in one place for the processor, the compiler, the engine and the resolver. */
public final class KfpNames {
  private KfpNames() {}

  /** {@code sanitize_k8s_name}: lower case, each run of other characters one dash, no dashes at the ends. */
  public static String k8sName(String name) {
    return trimDashes(name.toLowerCase(Locale.ROOT).replaceAll("[^-0-9a-z]+", "-").replaceAll("-+", "-"));
  }

  /** {@code sanitize_k8s_name(..., allow_capital_underscore=True)}: keeps case and underscores (output names). */
  public static String k8sNameKeepCase(String name) {
    return trimDashes(name.replaceAll("[^-_0-9A-Za-z]+", "-").replaceAll("-+", "-"));
  }

  /** {@code _sanitize_file_name}: each run of characters outside {@code [-_.0-9a-zA-Z]} becomes {@code _}. */
  public static String fileName(String name) {
    return name.replaceAll("[^-_.0-9a-zA-Z]+", "_");
  }

  private static String trimDashes(String s) {
    return s.replaceAll("^-+", "").replaceAll("-+$", "");
  }
}
