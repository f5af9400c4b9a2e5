package io.kfp4j.sdk.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The class data archive of one classpath snapshot, in its folder {@code <root>/cds/<key>/}: {@code classes.jsa}
 * (a static AppCDS archive), {@code classes.jsa.sum} (its size and CRC-32, written after it), {@code dump.log}
 * (the JVM's output while making it) and {@code unavailable.txt} (why no archive can be made, when that is so).
 *
 * <p>It is made in two steps, so that a task's own JVM never runs with a flag that could change its exit code: the
 * first task that finds no archive runs with {@code -XX:DumpLoadedClassList} (which only lists the classes it
 * loads); then a separate JVM that runs no component code dumps the archive from that list ({@code -Xshare:dump}),
 * another checks that the JVM accepts it ({@code -Xshare:on}), and only then is it
 * moved into place. A lock file keeps concurrent engines from making the same archive twice. Before a task uses the
 * archive its checksum is verified (once per file version), since the JVM may crash on a damaged archive; a damaged
 * one is removed and made again.
 */
final class ClassArchive {
  static final String ARCHIVE = "classes.jsa";
  static final String SUM = ARCHIVE + ".sum";
  static final String UNAVAILABLE = "unavailable.txt";
  static final String DUMP_LOG = "dump.log";
  private static final String LOCK = "lock";
  private static final long DUMP_TIMEOUT_SECONDS = 300;

  private final Path folder;
  private final Path java;
  private final List<String> options;
  private final String classpath;
  private FileChannel lockChannel;
  private FileLock lock;
  private String verified;
  private Thread dump;

  /** How a task runs: with the archive, recording its class list, or without either. */
  sealed interface Use {}

  /** With the verified archive. @param archive the archive */
  record Shared(Path archive) implements Use {}

  /** Listing the classes it loads into {@code list}, for the archive. @param list where the JVM lists them */
  record Recording(Path list) implements Use {}

  /** Without class data sharing of the application. @param note why, for the task's log, or {@code null} */
  record Plain(String note) implements Use {}

  ClassArchive(Path folder, Path java, List<String> options, String classpath) {
    this.folder = folder;
    this.java = java;
    this.options = List.copyOf(options);
    this.classpath = classpath;
  }

  /** How the next task runs. */
  synchronized Use forTask() {
    Path archive = folder.resolve(ARCHIVE);
    if (Files.exists(folder.resolve(SUM))) {
      String problem = verify(archive);
      if (problem == null) {
        return new Shared(archive);
      }
      if (!tryLock()) {
        return new Plain(null);
      }
      delete(archive, folder.resolve(SUM));
      unlock();
      return new Plain("kfp4j: the class data archive " + archive + " was damaged (" + problem
          + "); it was removed and will be made again\n");
    }
    if (Files.exists(folder.resolve(UNAVAILABLE))) {
      return new Plain(null);
    }
    if (dump != null || !tryLock()) {
      return new Plain(null);
    }
    if (Files.exists(folder.resolve(SUM))) {
      unlock(); // another engine finished it meanwhile
      return forTask();
    }
    removeLeftovers();
    return new Recording(folder.resolve("tasks-" + UUID.randomUUID() + ".classlist"));
  }

  /**
   * After a recording task: makes the archive in the background from its class list when it exited 0, else lets
   * a later task record again.
   */
  synchronized void recorded(Recording recording, TaskRunner.Outcome outcome) {
    boolean usable = !outcome.timedOut() && outcome.exitCode() == 0 && nonEmpty(recording.list());
    if (!usable) {
      deleteQuietly(recording.list());
      unlock();
      return;
    }
    dump = new Thread(() -> dump(recording.list()), "kfp4j-class-archive");
    dump.setDaemon(true);
    dump.start();
  }

  /** A task that was to record was interrupted before it ended: a later task records again. */
  synchronized void abandoned(Recording recording) {
    deleteQuietly(recording.list());
    unlock();
  }

  /** Waits for the archive being made, if it is. */
  void awaitDump() throws InterruptedException {
    Thread running;
    synchronized (this) {
      running = dump;
    }
    if (running != null) {
      running.join();
    }
  }

  /** Why no archive can be made for this classpath, or {@code null}. */
  String unavailable() {
    try {
      Path file = folder.resolve(UNAVAILABLE);
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void dump(Path recorded) {
    Path temp = folder.resolve(ARCHIVE + "." + UUID.randomUUID() + ".tmp");
    Path list = folder.resolve("classes.classlist");
    try {
      // the task's classes only: adding the JDK's default list doubles the archive, and the JVM (which maps it at a
      // random address and relocates every pointer in it) then starts about 5 ms slower
      Files.copy(recorded, list, StandardCopyOption.REPLACE_EXISTING);
      List<String> dumpCommand = command(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list,
          "-XX:SharedArchiveFile=" + temp));
      int code = run(dumpCommand, folder.resolve(DUMP_LOG));
      if (code != 0 || !nonEmpty(temp)) {
        giveUp("the JVM could not make the archive (" + String.join(" ", dumpCommand) + " exited with " + code
            + "); see " + folder.resolve(DUMP_LOG));
        return;
      }
      Path check = folder.resolve("check.log");
      List<String> checkCommand = command(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + temp), "-version");
      int checked = run(checkCommand, check);
      if (checked != 0) {
        giveUp("the JVM does not accept the archive it made (" + String.join(" ", checkCommand) + " exited with "
            + checked + "); see " + check);
        return;
      }
      String sum = Files.size(temp) + " " + crc(temp);
      RunStore.replace(temp, folder.resolve(ARCHIVE));
      Path sumTemp = folder.resolve(SUM + "." + UUID.randomUUID() + ".tmp");
      Files.writeString(sumTemp, sum + "\n", StandardCharsets.UTF_8);
      RunStore.replace(sumTemp, folder.resolve(SUM));
    } catch (IOException e) {
      giveUp("cannot make the archive in " + folder + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteQuietly(temp);
      deleteQuietly(recorded);
      synchronized (this) {
        dump = null;
        unlock();
      }
    }
  }

  /** {@code java <task options> <flags> -cp <classpath> <after>}. */
  private List<String> command(List<String> flags, String... after) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(options);
    command.addAll(flags);
    command.add("-cp");
    command.add(classpath);
    command.addAll(List.of(after));
    return command;
  }

  private static int run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process = Spawn.start(new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())));
    if (!process.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
      return -1;
    }
    return process.exitValue();
  }

  private void giveUp(String reason) {
    try {
      Path temp = folder.resolve(UNAVAILABLE + "." + UUID.randomUUID() + ".tmp");
      Files.writeString(temp, reason + "\n", StandardCharsets.UTF_8);
      RunStore.replace(temp, folder.resolve(UNAVAILABLE));
    } catch (IOException e) {
      // nothing more to do: the next engine tries again
    }
  }

  /** Temporary files of engines that stopped while making the archive (this one holds the lock now). */
  private void removeLeftovers() {
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".tmp") || name.startsWith("tasks-")) {
          deleteQuietly(file);
        }
      }
    } catch (IOException e) {
      // they stay; their names are never used again
    }
  }

  /** {@code null} when the archive matches its checksum file, else what is wrong. */
  private String verify(Path archive) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(archive, BasicFileAttributes.class);
      String version = attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " " + attributes.fileKey();
      if (version.equals(verified)) {
        return null;
      }
      String[] expected = Files.readString(folder.resolve(SUM), StandardCharsets.UTF_8).strip().split(" ");
      if (expected.length != 2 || !expected[0].equals(Long.toString(attributes.size()))) {
        return "its size is " + attributes.size() + " bytes, its checksum file says " + expected[0];
      }
      if (!expected[1].equals(crc(archive))) {
        return "its CRC-32 does not match its checksum file";
      }
      verified = version;
      return null;
    } catch (IOException e) {
      return "cannot read it: " + e.getMessage();
    }
  }

  private static String crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return Long.toHexString(crc.getValue());
  }

  /** Takes the lock file, unless another engine (or another run in this JVM) holds it. */
  private boolean tryLock() {
    if (lock != null) {
      return false;
    }
    try {
      Files.createDirectories(folder);
      FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock taken;
      try {
        taken = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        taken = null;
      }
      if (taken == null) {
        channel.close();
        return false;
      }
      lockChannel = channel;
      lock = taken;
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void unlock() {
    try {
      if (lockChannel != null) {
        lockChannel.close(); // releases the lock
      }
    } catch (IOException e) {
      // released when this JVM exits
    }
    lock = null;
    lockChannel = null;
  }

  private static boolean nonEmpty(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void delete(Path... files) {
    for (Path file : files) {
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left behind; the next dump writes other names
    }
  }
}
