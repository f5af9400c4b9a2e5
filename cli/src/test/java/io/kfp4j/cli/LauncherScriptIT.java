package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as shipped beside the executable jar (taken out of the jar, as the README says): the first
 * call makes a class data archive in the user's cache, later calls start from it, and a damaged, stale or
 * unwritable cache costs only speed, never a failed command.
 */
class LauncherScriptIT {
  private static final String ARCHIVED = "io.kfp4j.cli.Kfp4j source: shared objects file";

  @TempDir
  Path tmp;

  private Path launcher;
  private Path jar;
  private Path cache;

  @BeforeEach
  void layOutADistribution() throws IOException {
    Path jar = Path.of(System.getProperty("kfp4j.cliJar", "target/kfp4j-cli-" + VersionProvider.version()
        + "-all.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "no executable jar " + jar + "; mvn package makes it");
    Path dist = Files.createDirectories(tmp.resolve("dist"));
    this.jar = Files.copy(jar, dist.resolve(jar.getFileName()));
    launcher = dist.resolve("kfp4j");
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream script = zip.getInputStream(zip.getEntry("META-INF/kfp4j/kfp4j"))) {
      Files.copy(script, launcher);
    }
    assertTrue(launcher.toFile().setExecutable(true));
    cache = tmp.resolve("cache");
  }

  @Test
  void theFirstCallMakesAnArchiveThatLaterCallsStartFrom() throws Exception {
    Result first = kfp4j(Map.of(), "--version");
    assertEquals(0, first.exitCode(), first.describe());
    assertTrue(first.out().startsWith("kfp4j " + VersionProvider.version() + "\n"), first.describe());
    Path archive = awaitArchive();
    assertTrue(archive.getFileName().toString().contains(jar.getFileName().toString()), archive.toString());
    assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0, archive.toString());

    Result later = kfp4j(Map.of("KFP4J_JAVA_OPTS", "-Xlog:class+load"), "--version");
    assertEquals(0, later.exitCode(), later.describe());
    assertTrue(later.out().contains(ARCHIVED), "the archive was not used:\n" + later.err());
  }

  @Test
  void aTruncatedArchiveIsNotUsedAndCostsNothingElse() throws Exception {
    kfp4j(Map.of(), "--version");
    Path archive = awaitArchive();
    byte[] bytes = Files.readAllBytes(archive);
    Files.delete(archive); // archives are written read-only
    Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    Result result = kfp4j(Map.of("KFP4J_JAVA_OPTS", "-Xlog:class+load"), "components", "--help");
    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().contains("Usage: kfp4j components"), result.describe());
    assertFalse(result.out().contains(ARCHIVED), "a truncated archive was used");
    assertNoCrashReport();
    Path rejected = archive.resolveSibling(archive.getFileName().toString().replace(".jsa", ".rejected"));
    assertEquals(List.of(rejected), cacheFiles(), "the refused archive is set aside");

    // set aside, it is neither passed nor made again until the jar changes ...
    Result again = kfp4j(Map.of(), "--version");
    assertEquals(0, again.exitCode(), again.describe());
    TimeUnit.SECONDS.sleep(2);
    assertEquals(List.of(rejected), cacheFiles(), "an archive was made again for the same jar");
    // ... and then made anew
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 1000));
    kfp4j(Map.of(), "--version");
    Path remade = awaitArchive();
    Result later = kfp4j(Map.of("KFP4J_JAVA_OPTS", "-Xlog:class+load"), "--version");
    assertTrue(later.out().contains(ARCHIVED), "the new archive was not used:\n" + later.describe());
    assertEquals(List.of(remade), cacheFiles());
  }

  private List<Path> cacheFiles() throws IOException {
    try (Stream<Path> files = Files.list(cache.resolve("kfp4j/cds"))) {
      return files.toList();
    }
  }

  @Test
  void anArchiveOfTheRightSizeButDamagedContentIsRefusedByTheJvm() throws Exception {
    kfp4j(Map.of(), "--version");
    Path archive = awaitArchive();
    byte[] bytes = Files.readAllBytes(archive);
    for (int i = 0; i < 4096; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Files.delete(archive);
    Files.write(archive, bytes);

    Result result = kfp4j(Map.of(), "--version");
    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().startsWith("kfp4j "), result.describe());
    assertEquals("", result.err(), result.describe());
    assertNoCrashReport();
  }

  @Test
  void anUnwritableCacheOrArchivesOffOnlyCostSpeed() throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
    Result unwritable = kfp4j(Map.of("XDG_CACHE_HOME", notAFolder.toString()), "--version");
    assertEquals(0, unwritable.exitCode(), unwritable.describe());
    assertEquals("", unwritable.err(), unwritable.describe());

    Result off = kfp4j(Map.of("KFP4J_CDS", "0"), "--version");
    assertEquals(0, off.exitCode(), off.describe());
    TimeUnit.SECONDS.sleep(2);
    assertFalse(Files.exists(cache.resolve("kfp4j/cds")), "KFP4J_CDS=0 still made an archive");
  }

  @Test
  void aLauncherWithNoJarBesideItSaysSo() throws Exception {
    Path alone = Files.copy(launcher, Files.createDirectories(tmp.resolve("alone")).resolve("kfp4j"));
    assertTrue(alone.toFile().setExecutable(true));
    Process process = new ProcessBuilder(alone.toString(), "--version").start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, process.exitValue(), err);
    assertTrue(err.contains("no kfp4j jar beside") && err.contains("KFP4J_JAR"), err);
  }

  /** The archive the background job made, waiting for it (and for the job to finish) up to three minutes. */
  private Path awaitArchive() throws Exception {
    Path cds = cache.resolve("kfp4j/cds");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(cds)) {
        try (Stream<Path> files = Files.list(cds)) {
          List<Path> all = files.toList();
          List<Path> archives = all.stream().filter(p -> p.toString().endsWith(".jsa")).toList();
          if (archives.size() == 1 && all.size() == 1) {
            return archives.get(0);
          }
        }
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new AssertionError("no archive in " + cds + " after three minutes");
  }

  private void assertNoCrashReport() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList());
    }
  }

  private Result kfp4j(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("KFP4J_JAR");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "kfp4j " + String.join(" ", args) + " did not end");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** One call of the launcher. */
  private record Result(int exitCode, String out, String err) {
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
