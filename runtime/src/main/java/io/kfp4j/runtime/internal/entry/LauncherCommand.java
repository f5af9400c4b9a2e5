package io.kfp4j.runtime.internal.entry;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts the launcher in a component's container, written into every generated
 * {@code component.yaml}: a lean JVM, the classpath in jib's image layout, the launcher's main and the
 * component's entry ({@code io.example.Calc#add}, an {@link EntryReference}). The local engine swaps the classpath for the project's own.
 */
public final class LauncherCommand {
  /** The launcher's main class. */
  public static final String MAIN_CLASS = "io.kfp4j.launcher.Launcher";
  /** The classpath inside an image built by jib (and by kfp4j's image builder). */
  public static final String IMAGE_CLASSPATH = "/app/resources:/app/classes:/app/libs/*";
  /**
   * JVM options that favour start-up, which every task pays: C1 only, no performance-data file (no jstat on
   * tasks), class data sharing. The default collector stays: on JDK 17 the archived module graph that speeds
   * start-up is used only with G1, so {@code -XX:+UseSerialGC} made tasks start 7–15 ms slower.
   */
  public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto");
  /**
   * Where an image built with class data sharing keeps its AppCDS archive. The option that names it is added (after
   * {@link #JVM_OPTIONS}) only to the specs pinned to such an image: on JDK 17 a named archive that is missing
   * turns class data sharing off altogether, the JDK's own archive too, and the JVM starts slower than without.
   */
  public static final String IMAGE_ARCHIVE = "/app/kfp4j.jsa";
  /** The option that starts the JVM from {@link #IMAGE_ARCHIVE}. */
  public static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=" + IMAGE_ARCHIVE;

  private LauncherCommand() {}

  /** {@code java <options> -cp <classpath> io.kfp4j.launcher.Launcher <entry>}. */
  public static List<String> command(String classpath, EntryReference entry) {
    List<String> command = new ArrayList<>(jvm(classpath, List.of()));
    command.add(MAIN_CLASS);
    command.add(entry.toString());
    return List.copyOf(command);
  }

  /**
   * The entry a command starts: the word after the launcher's main class ({@code io.example.Calc#add}), or
   * {@code null} when the command does not start the launcher.
   */
  public static String entryOf(List<String> command) {
    int main = command.indexOf(MAIN_CLASS);
    return main > 0 && main + 1 < command.size() ? command.get(main + 1) : null;
  }

  /** The entry a component's container command starts (see {@link #entryOf(List)}), or {@code null}. */
  public static String entryOf(ComponentSpec spec) {
    return spec.container().map(container -> entryOf(container.command().stream()
        .map(arg -> arg instanceof Arg.Literal literal ? literal.value() : "").toList())).orElse(null);
  }

  /** {@code java <options> <extra options> -cp <classpath>}: the launcher's JVM, before its main class. */
  public static List<String> jvm(String classpath, List<String> extraOptions) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(JVM_OPTIONS);
    command.addAll(extraOptions);
    command.add("-cp");
    command.add(classpath);
    return List.copyOf(command);
  }
}
