package io.kfp4j.images.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java 17 runtime image made on this machine, since no JRE image can be pulled here: the host JDK's modules
 * jlink'ed into {@code /opt/java}, the shared libraries they need (as {@code ldd} lists them), busybox as
 * {@code /bin/sh}, imported into the Docker daemon with {@code docker import}. Made once per daemon.
 */
final class JreBaseImage {
  static final String NAME = "kfp4j-test/jre17:1";
  private static final String MODULES =
      "java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported";
  private static final Pattern LIBRARY = Pattern.compile("(/\\S+\\.so[.0-9]*)");

  private JreBaseImage() {}

  /** Makes the image unless the daemon has it. */
  static void ensure(Path work) throws Exception {
    if (run(List.of("docker", "image", "inspect", NAME), 30).code() == 0) {
      return;
    }
    Path rootfs = Files.createDirectories(work.resolve("rootfs"));
    Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
    if (!Files.isExecutable(jlink)) {
      fail("no jlink in " + System.getProperty("java.home") + "; run the tests with a JDK 17 (openjdk-17-jdk-headless)");
    }
    expectOk(List.of(jlink.toString(), "--add-modules", MODULES, "--strip-debug", "--no-header-files",
        "--no-man-pages", "--output", rootfs.resolve("opt/java").toString()), 300);
    for (String library : libraries(rootfs.resolve("opt/java"))) {
      Path target = rootfs.resolve(library.substring(1));
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(library), target);
      }
    }
    Path busybox = Stream.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox")).filter(Files::isExecutable)
        .findFirst().orElseGet(() -> fail("no busybox for /bin/sh; install busybox-static"));
    Files.createDirectories(rootfs.resolve("bin"));
    Files.copy(busybox, rootfs.resolve("bin/busybox"));
    Files.createSymbolicLink(rootfs.resolve("bin/sh"), Path.of("busybox"));
    Files.createDirectories(rootfs.resolve("tmp"));
    Path tar = work.resolve("rootfs.tar");
    expectOk(List.of("tar", "-C", rootfs.toString(), "-cf", tar.toString(), "."), 120);
    expectOk(List.of("docker", "import", "--change", "ENV PATH=/opt/java/bin:/bin", tar.toString(), NAME), 300);
    Result smoke = run(List.of("docker", "run", "--rm", "--network", "none", NAME, "java", "-version"), 60);
    assertEquals(0, smoke.code(), "the jlink'ed Java does not start in " + NAME + ": " + smoke.out());
  }

  /** Every shared library that the runtime's executables and libraries load, by absolute path. */
  private static Set<String> libraries(Path java) throws Exception {
    List<String> files = new ArrayList<>(List.of(java.resolve("bin/java").toString()));
    try (Stream<Path> walk = Files.walk(java.resolve("lib"))) {
      walk.filter(p -> p.getFileName().toString().endsWith(".so")).forEach(p -> files.add(p.toString()));
    }
    Set<String> found = new LinkedHashSet<>();
    for (String file : files) {
      Result ldd = run(List.of("ldd", file), 30);
      Matcher m = LIBRARY.matcher(ldd.out());
      while (m.find()) {
        if (!m.group(1).startsWith(java.toString())) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  record Result(int code, String out) {}

  static void expectOk(List<String> command, int seconds) throws Exception {
    Result r = run(command, seconds);
    assertEquals(0, r.code(), String.join(" ", command) + ": " + r.out());
  }

  static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, String.join(" ", command) + " did not finish within " + seconds + " s");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
