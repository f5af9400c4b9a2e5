package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class data sharing for launcher tasks run as subprocesses, with a stand-in {@code io.kfp4j.launcher.Launcher}
 * compiled here: it writes {@code Version.TEXT} and its arguments to the file named by {@code --out}, then exits
 * with the code given by {@code --exit}. Every task's outcome is compared with the same task run without sharing.
 */
class SharedClassesRunnerTest {
  private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

  @TempDir
  Path work;
  private Path classes;
  private Path version;
  private Path store;
  private java.util.Map<String, String> env = java.util.Map.of();
  private final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void compileLauncher() throws IOException {
    version = compile(work.resolve("version-1"), "io.kfp4j.launcher.Version", """
        package io.kfp4j.launcher;
        final class Version { static final String TEXT = String.valueOf("v1"); }
        """);
    classes = compile(work.resolve("classes"), version, "io.kfp4j.launcher.Launcher", """
        package io.kfp4j.launcher;
        public final class Launcher {
          public static void main(String[] args) throws Exception {
            String out = null;
            int exit = 0;
            for (int i = 1; i + 1 < args.length; i += 2) {
              if (args[i].equals("--out")) out = args[i + 1];
              if (args[i].equals("--exit")) exit = Integer.parseInt(args[i + 1]);
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(out), Version.TEXT + " " + String.join(" ", args));
            System.exit(exit);
          }
        }
        """);
    store = work.resolve("store/cds");
  }

  @Test
  void theFirstTaskListsItsClassesThenLaterTasksStartFromTheArchive() throws Exception {
    SharedClassesRunner runner = runner();
    String plain = plainOutput("add");
    assertEquals(new Result(0, plain), task(runner, "t1", "add"));
    assertTrue(commands.get(0).stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList=")), commands.get(0)
        .toString());
    runner.finish();
    Path folder = onlyArchiveFolder();
    assertTrue(Files.size(folder.resolve(ClassArchive.ARCHIVE)) > 0);
    assertTrue(Files.exists(folder.resolve(ClassArchive.SUM)));
    assertFalse(Files.exists(folder.resolve(ClassArchive.UNAVAILABLE)));

    // the class loading log through the environment, since every JVM option is part of the archive's key
    Path classLog = work.resolve("class-load.txt");
    env = java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classLog);
    assertEquals(new Result(0, plain), task(runner(), "t2", "add"));
    List<String> command = commands.get(1);
    assertTrue(command.contains("-XX:SharedArchiveFile=" + folder.resolve(ClassArchive.ARCHIVE)), command.toString());
    assertTrue(Files.readString(classLog).lines().anyMatch(l -> l.contains("io.kfp4j.launcher.Launcher source: shared"
        + " objects file")), Files.readString(classLog));
    // the folders were packed into jars, in their places
    String classpath = command.get(command.indexOf("-cp") + 1);
    assertTrue(Stream.of(classpath.split(":")).allMatch(e -> e.endsWith(".jar")), classpath);
  }

  @Test
  void foldersKeepTheirOrderOnceInJars() throws Exception {
    Path second = compile(work.resolve("version-2"), "io.kfp4j.launcher.Version", """
        package io.kfp4j.launcher;
        final class Version { static final String TEXT = String.valueOf("v2"); }
        """);
    String classpath = classes + ":" + version + ":" + second;
    SharedClassesRunner runner = runner();
    Result first = task(runner, classpath, "t1", "x", List.of(), 0);
    runner.finish();
    Result shared = task(runner, classpath, "t2", "x", List.of(), 0);
    assertTrue(first.output().startsWith("v1 "), first.output());
    assertEquals(first, shared);
  }

  @Test
  void exitCodesAndOutputsAreThoseOfThePlainTask() throws Exception {
    SharedClassesRunner runner = runner();
    assertEquals(new Result(3, plainOutput("fails", 3)), task(runner, classes + ":" + version, "t1", "fails",
        List.of(), 3));
    runner.finish();
    Path folder = onlyArchiveFolder();
    assertFalse(Files.exists(folder.resolve(ClassArchive.ARCHIVE)), "no archive from a failed task");
    assertEquals(new Result(0, plainOutput("ok")), task(runner, "t2", "ok"));
    runner.finish();
    assertTrue(Files.exists(folder.resolve(ClassArchive.SUM)), "the next task that succeeded made it");
    assertEquals(new Result(5, plainOutput("fails", 5)), task(runner, classes + ":" + version, "t3", "fails",
        List.of(), 5));
  }

  @Test
  void aChangedClassGetsANewArchive() throws Exception {
    SharedClassesRunner runner = runner();
    task(runner, "t1", "x");
    runner.finish();
    Path first = onlyArchiveFolder();
    compile(version, "io.kfp4j.launcher.Version", """
        package io.kfp4j.launcher;
        final class Version { static final String TEXT = String.valueOf("v3"); }
        """);
    Files.setLastModifiedTime(version.resolve("io/kfp4j/launcher/Version.class"), FileTime.from(Instant.now()
        .plusSeconds(5)));
    SharedClassesRunner next = runner();
    Result changed = task(next, "t2", "x");
    assertTrue(changed.output().startsWith("v3 "), changed.output());
    next.finish();
    assertEquals(2, archiveFolders().size());
    assertTrue(archiveFolders().contains(first));
    assertTrue(task(runner(), "t3", "x").output().startsWith("v3 "));
  }

  @Test
  void aDamagedArchiveIsNoticedRemovedAndMadeAgain() throws Exception {
    SharedClassesRunner runner = runner();
    task(runner, "t1", "x");
    runner.finish();
    Path archive = onlyArchiveFolder().resolve(ClassArchive.ARCHIVE);
    byte[] bytes = Files.readAllBytes(archive);
    archive.toFile().setWritable(true);
    Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // the JVM would crash on it
    SharedClassesRunner next = runner();
    assertEquals(new Result(0, plainOutput("x")), task(next, "t2", "x"));
    String log = Files.readString(work.resolve("t2.log"));
    assertTrue(log.startsWith("kfp4j: the class data archive " + archive + " was damaged (its size is"), log);
    assertTrue(commands.get(1).stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), commands.get(1)
        .toString());
    assertFalse(Files.exists(archive));
    assertEquals(new Result(0, plainOutput("x")), task(next, "t3", "x"));
    next.finish();
    assertTrue(Files.exists(archive.resolveSibling(ClassArchive.SUM)));
    assertEquals(new Result(0, plainOutput("x")), task(next, "t4", "x"));
    assertTrue(commands.get(3).contains("-XX:SharedArchiveFile=" + archive));

    Files.writeString(archive.resolveSibling(ClassArchive.SUM), "12 0\n"); // a checksum that does not match
    assertEquals(new Result(0, plainOutput("x")), task(runner(), "t5", "x"));
    assertTrue(Files.readString(work.resolve("t5.log")).contains("was damaged"));
  }

  @Test
  void anArchiveThatNoLongerMatchesItsJarsOnlyCostsSpeed() throws Exception {
    SharedClassesRunner runner = runner();
    task(runner, "t1", "x");
    runner.finish();
    Path folder = onlyArchiveFolder();
    try (Stream<Path> jars = Files.list(folder.resolve("classpath"))) {
      for (Path jar : jars.toList()) {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
      }
    }
    assertEquals(new Result(0, plainOutput("x")), task(runner, "t2", "x"));
    assertTrue(commands.get(1).contains("-XX:SharedArchiveFile=" + folder.resolve(ClassArchive.ARCHIVE)));
    assertEquals("", Files.readString(work.resolve("t2.log")), "the JVM drops the archive without a word");
  }

  @Test
  void whenTheJvmCannotMakeAnArchiveTasksRunWithoutAndTheLogSaysWhy() throws Exception {
    // a java that refuses to dump, as one without a default CDS archive does
    Path java = work.resolve("jdk/bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo 'Error: no base "
        + "archive' >&2; exit 1; }; done\nexec " + JAVA + " \"$@\"\n");
    java.toFile().setExecutable(true);
    SharedClassesRunner runner = runner();
    assertEquals(new Result(0, plainOutput("x")), task(runner, java.toString(), classes + ":" + version, "t1", "x",
        List.of(), 0));
    runner.finish();
    Path folder = onlyArchiveFolder();
    String reason = Files.readString(folder.resolve(ClassArchive.UNAVAILABLE)).strip();
    assertTrue(reason.startsWith("the JVM could not make the archive (" + java + " "), reason);
    assertTrue(Files.readString(folder.resolve(ClassArchive.DUMP_LOG)).contains("Error: no base archive"));
    assertEquals(new Result(0, plainOutput("x")), task(runner, java.toString(), classes + ":" + version, "t2", "x",
        List.of(), 0));
    assertEquals("kfp4j: class data sharing is off for this classpath: " + reason + "\n",
        Files.readString(work.resolve("t2.log")));
    assertEquals(new Result(0, plainOutput("x")), task(runner, java.toString(), classes + ":" + version, "t3", "x",
        List.of(), 0));
    assertEquals("", Files.readString(work.resolve("t3.log")), "said once a run");
    assertTrue(commands.stream().skip(1).allMatch(c -> c.stream().noneMatch(a -> a.startsWith("-XX:Shared")
        || a.startsWith("-XX:DumpLoaded"))));
  }

  @Test
  void aFolderWithAManifestIsNotPackedAndTheLogSaysSo() throws Exception {
    Files.createDirectories(version.resolve("META-INF"));
    Files.writeString(version.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nClass-Path: elsewhere.jar\n");
    SharedClassesRunner runner = runner();
    assertEquals(new Result(0, plainOutput("x")), task(runner, "t1", "x"));
    assertEquals("kfp4j: class data sharing is off for this classpath: the classpath folder " + version + " has a "
        + "META-INF/MANIFEST.MF, which would act as a jar's manifest once packed\n",
        Files.readString(work.resolve("t1.log")));
    assertEquals(classes + ":" + version, commands.get(0).get(commands.get(0).indexOf("-cp") + 1));
  }

  @Test
  void concurrentTasksAndEnginesMakeOneArchive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      SharedClassesRunner one = runner();
      SharedClassesRunner two = runner();
      List<Future<Result>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        SharedClassesRunner runner = i % 2 == 0 ? one : two;
        String id = "t" + i;
        results.add(pool.submit(() -> task(runner, id, "x")));
      }
      for (Future<Result> result : results) {
        assertEquals(0, result.get().exitCode());
      }
      one.finish();
      two.finish();
    } finally {
      pool.shutdown();
    }
    long recorders = commands.stream().filter(c -> c.stream().anyMatch(a -> a.startsWith("-XX:DumpLoaded"))).count();
    assertTrue(recorders >= 1, commands.toString());
    Path folder = onlyArchiveFolder();
    assertTrue(Files.exists(folder.resolve(ClassArchive.SUM)));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")
          || n.startsWith("tasks-")).toList(), "no temporary files left");
    }
    assertEquals(new Result(0, plainOutput("x")), task(runner(), "t9", "x"));
    assertTrue(commands.get(commands.size() - 1).contains("-XX:SharedArchiveFile=" + folder.resolve(ClassArchive
        .ARCHIVE)));
  }

  @Test
  void otherCommandsPassUnchanged() throws Exception {
    SharedClassesRunner runner = runner();
    List<String> command = List.of("sh", "-c", "echo hello > " + work.resolve("out.txt"));
    runner.run(new Invocation("t", command, "busybox", java.util.Map.of(), work, work, work.resolve("t.log"), null));
    assertEquals(List.of(command), commands);
    assertFalse(Files.exists(store));
    assertNull(SharedClassesRunner.LauncherLine.parse(List.of("java", LauncherCommand.MAIN_CLASS, "add")));
  }

  @Test
  void relativeEntriesAreReadFromTheTaskFolder() {
    assertEquals("/w/lib/*:/abs/x.jar:/w/classes", SharedClassesRunner.absolute("lib/*:/abs/x.jar:classes",
        Path.of("/w")));
  }

  record Result(int exitCode, String output) {}

  private SharedClassesRunner runner() {
    TaskRunner recording = invocation -> {
      commands.add(invocation.command());
      return new SubprocessRunner().run(invocation);
    };
    return new SharedClassesRunner(recording, store);
  }

  private Result task(SharedClassesRunner runner, String id, String key) throws Exception {
    return task(runner, classes + ":" + version, id, key, List.of(), 0);
  }

  private Result task(SharedClassesRunner runner, String classpath, String id, String key, List<String> options,
      int exit) throws Exception {
    return task(runner, JAVA, classpath, id, key, options, exit);
  }

  private Result task(SharedClassesRunner runner, String java, String classpath, String id, String key,
      List<String> options, int exit) throws Exception {
    Path out = work.resolve(id + ".out");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(LauncherCommand.JVM_OPTIONS);
    command.addAll(options);
    command.addAll(List.of("-cp", classpath, LauncherCommand.MAIN_CLASS, key, "--out", out.toString(), "--exit",
        Integer.toString(exit)));
    Path dir = Files.createDirectories(work.resolve("tasks").resolve(id));
    TaskRunner.Outcome outcome = runner.run(new Invocation(id, command, "image", env, dir, work,
        work.resolve(id + ".log"), null));
    String text = Files.exists(out) ? Files.readString(out) : "(no output)";
    return new Result(outcome.exitCode(), text.replace(out.toString(), "OUT"));
  }

  /** What the stand-in writes for this key without class data sharing (its output path replaced by OUT). */
  private static String plainOutput(String key) {
    return plainOutput(key, 0);
  }

  private static String plainOutput(String key, int exit) {
    return "v1 " + key + " --out OUT --exit " + exit;
  }

  private Path onlyArchiveFolder() throws IOException {
    List<Path> folders = archiveFolders();
    assertEquals(1, folders.size(), folders.toString());
    return folders.get(0);
  }

  private List<Path> archiveFolders() throws IOException {
    try (Stream<Path> list = Files.list(store)) {
      return list.filter(Files::isDirectory).toList();
    }
  }

  private static Path compile(Path dir, String className, String source) throws IOException {
    return compile(dir, dir, className, source);
  }

  private static Path compile(Path dir, Path classpath, String className, String source) throws IOException {
    Path file = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp", classpath.toString(),
        "-d", dir.toString(), file.toString());
    assertEquals(0, rc, "javac " + file);
    deleteTree(dir.resolve("src"));
    return dir;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
