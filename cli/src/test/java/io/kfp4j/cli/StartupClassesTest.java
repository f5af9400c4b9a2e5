package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what a call loads is what it needs. {@code --version} and {@code compile --help} start without KFP v2's
 * compiler, the v2 client or Jackson (a JVM started with {@code -verbose:class}, on this test's class path).
 */
class StartupClassesTest {
  static List<String> loaded(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xshare:off", "-verbose:class", "-cp", System.getProperty("java.class.path"),
        Kfp4j.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().filter(l -> l.contains("[class,load]")).toList();
  }

  static void assertNone(List<String> classes, String prefix) {
    List<String> found = classes.stream().filter(l -> l.contains(" " + prefix)).toList();
    assertTrue(found.isEmpty(), "loaded " + prefix + "*:\n" + String.join("\n", found));
  }

  @Test
  void versionLoadsNeitherTheV2CompilerNorTheV2ClientNorJackson() throws Exception {
    List<String> classes = loaded("--version");
    assertFalse(classes.isEmpty(), "-verbose:class lists the classes");
    assertNone(classes, "io.kfp4j.sdk.v2.");
    assertNone(classes, "io.kfp4j.sdk.client.");
    assertNone(classes, "com.fasterxml.jackson.");
  }

  @Test
  void compileHelpLoadsNeitherTheV2CompilerNorTheV2Client() throws Exception {
    List<String> classes = loaded("compile", "--help");
    assertNone(classes, "io.kfp4j.sdk.v2.");
    assertNone(classes, "io.kfp4j.sdk.client.v2.");
    assertTrue(classes.stream().anyMatch(l -> l.contains(" io.kfp4j.cli.pipelines.CompileCommand ")), "the command");
  }
}
