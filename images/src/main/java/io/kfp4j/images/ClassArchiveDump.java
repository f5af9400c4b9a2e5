package io.kfp4j.images;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes an image's class data archive with the image's own JVM, in a container of the image on the Docker daemon:
 * JDK 17 ties an archive to the JVM's build and to the classpath's absolute paths, sizes and times, so only the
 * image itself can make one that its JVM accepts. The archive is a static one ({@code -Xshare:dump}) of the classes
 * in a class list; no component code runs. A second container checks that the JVM accepts it ({@code
 * -Xshare:on}).
 */
final class ClassArchiveDump {
  private static final String MOUNT = "/kfp4j-cds";
  private static final long TIMEOUT_SECONDS = 600;

  private ClassArchiveDump() {}

  /**
   * The archive of {@code classList}'s classes, made in {@code image} (a name the daemon knows), written into
   * {@code work}.
   *
   * @throws ImageBuildException when the daemon cannot be reached, or the image's JVM cannot make or use it
   */
  static Path dump(String docker, String image, Path classList, Path work) {
    Path folder = work.resolve("cds");
    try {
      Files.createDirectories(folder);
      Files.copy(classList, folder.resolve("classes.classlist"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ImageBuildException("cannot read the class list " + classList + ": " + e.getMessage(), e);
    }
    Result made = run(docker, image, folder, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + MOUNT
        + "/classes.classlist", "-XX:SharedArchiveFile=" + MOUNT + "/kfp4j.jsa"), List.of());
    Path archive = folder.resolve("kfp4j.jsa");
    if (made.code() != 0 || !Files.isRegularFile(archive)) {
      throw new ImageBuildException("the image's JVM could not make the class data archive (exit " + made.code()
          + "): " + tail(made.output()));
    }
    Result checked = run(docker, image, folder, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + MOUNT + "/kfp4j.jsa"),
        List.of("-version"));
    if (checked.code() != 0) {
      throw new ImageBuildException("the image's JVM does not accept the class data archive it made (exit "
          + checked.code() + "): " + tail(checked.output()));
    }
    return archive;
  }

  /** Whether the Docker daemon answers. */
  static boolean daemonAnswers(String docker) {
    try {
      Process p = new ProcessBuilder(docker, "version", "--format", "{{.Server.Version}}").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Removes an image from the daemon, quietly. */
  static void remove(String docker, String image) {
    try {
      Process p = new ProcessBuilder(docker, "rmi", "-f", image).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      // left in the daemon; docker image prune removes it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Result(int code, String output) {}

  /** {@code java <launcher options> <flags> -cp <image classpath> <after>} in a container of the image. */
  private static Result run(String docker, String image, Path folder, List<String> flags, List<String> after) {
    List<String> command = new ArrayList<>(List.of(docker, "run", "--rm", "--network", "none"));
    String user = owner(folder);
    if (user != null) {
      command.addAll(List.of("--user", user));
    }
    command.addAll(List.of("-v", folder.toAbsolutePath() + ":" + MOUNT, "--entrypoint", "java", image));
    List<String> jvm = LauncherCommand.jvm(LauncherCommand.IMAGE_CLASSPATH, flags);
    command.addAll(jvm.subList(1, jvm.size())); // the entrypoint is java
    command.addAll(after);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), String.join(" ", command) + ": " + new String(out,
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ImageBuildException("cannot run " + docker + " (" + e.getMessage() + "); class data sharing needs"
          + " the Docker daemon, to make the archive with the image's own JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageBuildException("the image build was interrupted", e);
    }
  }

  /** {@code uid:gid} of the folder, so that the container writes files this user can delete; null if unknown. */
  private static String owner(Path folder) {
    try {
      return Files.getAttribute(folder, "unix:uid") + ":" + Files.getAttribute(folder, "unix:gid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String tail(String text) {
    String stripped = text.strip();
    return stripped.length() <= 2000 ? stripped : "..." + stripped.substring(stripped.length() - 2000);
  }
}
