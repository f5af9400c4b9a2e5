package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a component as KFP would: loads its generated {@code component.yaml} from the classpath, resolves the
 * command line for the given arguments under a directory, writes the data of file inputs, and starts the
 * resolved command as a separate process with this JVM's {@code java} and classpath in place of the image's.
 *
 * @param line the resolved command line, with the image's paths
 * @param exitCode the process's exit code
 * @param stdout what it printed
 * @param stderr what it printed on stderr
 */
record ComponentRun(ResolvedCommandLine line, int exitCode, String stdout, String stderr) {
  private static final long TIMEOUT_SECONDS = 60;

  /** The spec of a component key, from {@code META-INF/kfp4j/components/<key>.component.yaml} on the classpath. */
  static ComponentSpec spec(String key) {
    String resource = "META-INF/kfp4j/components/" + key + ".component.yaml";
    try (InputStream in = ComponentRun.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "no " + resource + " on the test classpath");
      return ComponentLoader.standard().fromBytes(in.readAllBytes(), resource).spec();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The launcher's entry reference of a component key ({@code io.kfp4j.testcomponents.Calc#add} for {@code add}): the
   * word after the launcher's main class in the command of its {@code component.yaml}.
   */
  static String reference(String key) {
    String reference = LauncherCommand.entryOf(spec(key));
    assertNotNull(reference, () -> "no launcher entry in the command of " + key + ": " + spec(key));
    return reference;
  }

  /** Resolves the component's command line with KFP's layout under {@code dir}. */
  static ResolvedCommandLine resolve(String key, Map<String, String> arguments, Path dir) {
    return CommandLineResolver.resolve(spec(key), arguments, PathScheme.under(dir));
  }

  /**
   * Resolves and runs a component. Arguments are serialized text, as KFP passes them; for a file input the
   * argument is the file's data, written to its path first.
   */
  static ComponentRun run(String key, Map<String, String> arguments, Path dir) {
    ResolvedCommandLine line = resolve(key, arguments, dir);
    line.inputPaths().forEach((input, path) -> write(Path.of(path), arguments.get(input)));
    return exec(line, line.commandLine(), Map.of());
  }

  /** Runs a resolved command line, possibly edited by the test (flags dropped or added). */
  static ComponentRun exec(ResolvedCommandLine line, List<String> commandLine) {
    return exec(line, commandLine, Map.of());
  }

  /** Runs a resolved command line with environment changes (a {@code null} value removes the variable). */
  static ComponentRun exec(ResolvedCommandLine line, List<String> commandLine, Map<String, String> environment) {
    List<String> command = localCommand(commandLine);
    Path logs = null;
    try {
      logs = Files.createTempDirectory("kfp4j-run");
      Path stdout = logs.resolve("stdout");
      Path stderr = logs.resolve("stderr");
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile());
      environment.forEach((name, value) -> {
        if (value == null) {
          builder.environment().remove(name);
        } else {
          builder.environment().put(name, value);
        }
      });
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail("the launcher did not finish within " + TIMEOUT_SECONDS + " s: " + command + "\nstderr:\n"
            + Files.readString(stderr));
      }
      return new ComponentRun(line, process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    } finally {
      deleteLogs(logs);
    }
  }

  private static void deleteLogs(Path logs) {
    if (logs == null) {
      return;
    }
    try {
      Files.deleteIfExists(logs.resolve("stdout"));
      Files.deleteIfExists(logs.resolve("stderr"));
      Files.deleteIfExists(logs);
    } catch (IOException e) {
      // a temporary file left behind does not change the test's outcome
    }
  }

  /** The image's command with this JVM's {@code java} and classpath: each must appear exactly once. */
  static List<String> localCommand(List<String> imageCommand) {
    assertEquals("java", imageCommand.get(0), "the command starts the JVM: " + imageCommand);
    assertEquals(1, imageCommand.stream().filter(LauncherCommand.IMAGE_CLASSPATH::equals).count(),
        "the command names the image classpath once: " + imageCommand);
    List<String> command = new ArrayList<>(imageCommand);
    command.set(0, javaBinary());
    command.set(command.indexOf(LauncherCommand.IMAGE_CLASSPATH), System.getProperty("java.class.path"));
    return command;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Asserts a clean exit, showing what the launcher printed when not. */
  ComponentRun assertSucceeded() {
    assertEquals(0, exitCode, () -> "exit code of " + line.commandLine() + "\nstderr:\n" + stderr);
    return this;
  }

  /** The path of an output, as resolved. */
  Path outputPath(String output) {
    String path = line.outputPaths().get(output);
    assertNotNull(path, () -> "no output " + output + " in " + line.outputPaths());
    return Path.of(path);
  }

  /** The text the component wrote to an output. */
  String output(String output) {
    Path path = outputPath(output);
    assertTrue(Files.isRegularFile(path), () -> "output " + output + " was not written at " + path + "\nstderr:\n"
        + stderr);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that no output file exists, not even a partial one next to an output's path. */
  void assertNoOutputs() {
    for (String path : line.outputPaths().values()) {
      Path folder = Path.of(path).getParent();
      if (Files.exists(folder)) {
        try (Stream<Path> left = Files.list(folder)) {
          assertEquals(List.of(), left.toList(), "files left in the folder of output " + path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static void write(Path path, String data) {
    assertNotNull(data, () -> "no data for the file input at " + path);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, data, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
