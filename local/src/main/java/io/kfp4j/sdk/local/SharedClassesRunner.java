package io.kfp4j.sdk.local;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs kfp4j launcher tasks as subprocesses with class data sharing (AppCDS), which makes their JVMs start
 * faster; other commands go to the subprocess runner unchanged. The classpath's folders are packed into jars
 * ({@link PackedClasspath}) and the classes that tasks load are archived once per classpath snapshot
 * ({@link ClassArchive}) under {@code <root>/cds/<key>/}; a later run on the same classpath reuses both. Outputs and
 * exit codes are those of the same task without sharing; what goes wrong with the archive is said in the task's
 * log and the task runs without it.
 */
final class SharedClassesRunner implements TaskRunner {
  /** Archive folders not used for this long are removed. */
  static final Duration UNUSED_FOR = Duration.ofDays(7);

  private final TaskRunner delegate;
  private final Path root;
  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

  /**
   * @param delegate the subprocess runner
   * @param root the folder of the archives ({@code <store root>/cds})
   */
  SharedClassesRunner(TaskRunner delegate, Path root) {
    this.delegate = delegate;
    this.root = root;
  }

  /** A launcher command, taken apart: {@code java <options> -cp <classpath> <main> <arguments>}. */
  record LauncherLine(String java, List<String> options, String classpath, List<String> rest) {

    /** The parts, or {@code null} when the command does not start the launcher with a classpath. */
    static LauncherLine parse(List<String> command) {
      int main = command.indexOf(LauncherCommand.MAIN_CLASS);
      if (!InProcessRunner.isLauncher(command)) {
        return null;
      }
      List<String> options = new ArrayList<>();
      String classpath = null;
      for (int i = 1; i < main; i++) {
        String arg = command.get(i);
        if ((arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) && i + 1 < main) {
          classpath = command.get(++i);
        } else if (!arg.startsWith("-XX:SharedArchiveFile=")) {  // an image's archive means nothing here
          options.add(arg);
        }
      }
      return classpath == null ? null : new LauncherLine(command.get(0), List.copyOf(options), classpath,
          List.copyOf(command.subList(main, command.size())));
    }

    /** The command with another classpath and extra JVM options. */
    List<String> with(String newClasspath, List<String> extra) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.addAll(options);
      command.addAll(extra);
      command.add("-cp");
      command.add(newClasspath);
      command.addAll(rest);
      return command;
    }
  }

  /**
   * A classpath made ready once per run: the packed classpath and its archive, or why sharing is off.
   *
   * @param classpath the classpath tasks run with
   * @param archive the archive, or {@code null} when sharing is off
   * @param off why sharing is off, or {@code null}
   * @param noted whether the reason was written to a task's log
   */
  record Prepared(String classpath, ClassArchive archive, String off, AtomicBoolean noted) {}

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    LauncherLine line = LauncherLine.parse(invocation.command());
    if (line == null) {
      return delegate.run(invocation);
    }
    String classpath = absolute(line.classpath(), invocation.workDir());
    Prepared ready = prepared.computeIfAbsent(String.join("\0", line.java(), String.join("\0", line.options()),
        classpath), k -> prepare(line, classpath));
    if (ready.archive() == null) {
      note(invocation, ready, ready.off());
      return delegate.run(invocation.withCommand(line.with(ready.classpath(), List.of())));
    }
    ClassArchive.Use use = ready.archive().forTask();
    if (use instanceof ClassArchive.Shared shared) {
      return delegate.run(invocation.withCommand(line.with(ready.classpath(),
          List.of("-XX:SharedArchiveFile=" + shared.archive()))));
    }
    if (use instanceof ClassArchive.Recording recording) {
      Outcome outcome;
      try {
        outcome = delegate.run(invocation.withCommand(line.with(ready.classpath(),
            List.of("-XX:DumpLoadedClassList=" + recording.list()))));
      } catch (InterruptedException | RuntimeException e) {
        ready.archive().abandoned(recording);
        throw e;
      }
      ready.archive().recorded(recording, outcome);
      return outcome;
    }
    String note = ((ClassArchive.Plain) use).note();
    if (note != null) {
      TaskExecution.append(invocation.log(), note);
    } else if (!ready.noted().get()) { // the reason is said once a run: read it only until then
      note(invocation, ready, ready.archive().unavailable());
    }
    return delegate.run(invocation.withCommand(line.with(ready.classpath(), List.of())));
  }

  /** Waits for the archives being made, so that a run's folder is complete when the run returns. */
  @Override
  public void finish() throws InterruptedException {
    for (Prepared ready : prepared.values()) {
      if (ready.archive() != null) {
        ready.archive().awaitDump();
      }
    }
  }

  /** Packs the classpath and finds its archive folder; on failure, the original classpath and the reason. */
  private Prepared prepare(LauncherLine line, String classpath) {
    try {
      ClasspathSnapshot snapshot = ClasspathSnapshot.of(Path.of(line.java()), line.options(), classpath);
      Path folder = root.resolve(snapshot.key());
      Files.createDirectories(folder);
      Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
      removeUnused(folder);
      String packed = PackedClasspath.of(snapshot, folder.resolve("classpath"));
      return new Prepared(packed, new ClassArchive(folder, Path.of(line.java()), line.options(), packed), null,
          new AtomicBoolean());
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      String reason = e instanceof IllegalArgumentException ? e.getMessage()
          : "cannot prepare its jars under " + root + ": " + (e.getCause() != null ? e.getCause() : e);
      return new Prepared(line.classpath(), null, reason, new AtomicBoolean());
    }
  }

  /** The classpath with relative entries resolved against the task's folder, where its JVM reads them. */
  static String absolute(String classpath, Path workDir) {
    List<String> entries = new ArrayList<>();
    for (String entry : classpath.split(java.io.File.pathSeparator, -1)) {
      entries.add(entry.isEmpty() || Path.of(entry.replace("*", "")).isAbsolute() ? entry
          : workDir.resolve(entry).normalize().toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Removes archive folders of other classpaths that no engine used for {@link #UNUSED_FOR}. */
  private void removeUnused(Path current) {
    Instant limit = Instant.now().minus(UNUSED_FOR);
    try (var folders = Files.list(root)) {
      for (Path folder : folders.toList()) {
        if (!folder.equals(current) && Files.isDirectory(folder)
            && Files.getLastModifiedTime(folder).toInstant().isBefore(limit)) {
          TaskCache.delete(folder);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // they stay until a later run
    }
  }

  /** Writes why sharing is off into the first such task's log of this run. */
  private static void note(Invocation invocation, Prepared ready, String reason) {
    if (reason != null && ready.noted().compareAndSet(false, true)) {
      TaskExecution.append(invocation.log(), "kfp4j: class data sharing is off for this classpath: " + reason
          + "\n");
    }
  }
}
