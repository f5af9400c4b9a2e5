package io.kfp4j.bench;

import io.kfp4j.examples.calc.Calc;
import io.kfp4j.runtime.internal.entry.EntryReference;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The launcher's start in component images, inside their containers: for each image, {@link ContainerTimer} runs
 * (from a mounted folder) a bare {@code java} hello world with the default and the component's JVM options, and the
 * examples' {@code add} as its pinned {@code component.yaml} runs it: the component's command, with {@code
 * -XX:SharedArchiveFile=/app/kfp4j.jsa} when the image has that archive ({@code kfp4j images build --class-list}).
 * A base without the JDK's default CDS archive (the tests' jlink'ed JRE) gets one first ({@code java -Xshare:dump}
 * in the container), as a JDK's own image has it; the hello worlds would otherwise start without sharing. The
 * images run one after the other, each container's commands interleaved; needs the Docker daemon.
 *
 * <p>Usage: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.ImageStartBench ROUNDS IMAGE...}.
 */
public final class ImageStartBench {
  private ImageStartBench() {}

  /** Prints the numbers, image by image. */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path work = Files.createTempDirectory("kfp4j-image-bench");
    try {
      stage(work);
      for (int i = 1; i < args.length; i++) {
        measure(args[i], rounds, work);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The timer's class and a compiled hello world in {@code work}, which is mounted at {@code /t}. */
  private static void stage(Path work) throws IOException {
    String timer = "io/kfp4j/bench/ContainerTimer.class";
    try (InputStream in = ImageStartBench.class.getClassLoader().getResourceAsStream(timer)) {
      Files.createDirectories(work.resolve(timer).getParent());
      Files.copy(in, work.resolve(timer));
    }
    Path source = work.resolve("src/Hello.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "public class Hello { public static void main(String[] args) {"
        + " System.out.println(\"hello\"); } }");
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", work.toString(),
        source.toString()) != 0) {
      throw new IllegalStateException("javac Hello.java failed");
    }
  }

  private static void measure(String image, int rounds, Path work) throws Exception {
    boolean archive = run(List.of("docker", "run", "--rm", "--entrypoint", "sh", image, "-c",
        "test -f " + LauncherCommand.IMAGE_ARCHIVE)).code() == 0;
    String options = String.join(" ", LauncherCommand.JVM_OPTIONS);
    List<String> add = new ArrayList<>(LauncherCommand.jvm(LauncherCommand.IMAGE_CLASSPATH,
        archive ? List.of(LauncherCommand.ARCHIVE_OPTION) : List.of()));
    add.addAll(List.of(LauncherCommand.MAIN_CLASS, new EntryReference(Calc.class.getName(), "add").toString()));
    add.addAll(List.of("--a", "1", "--b", "4", "--out-Output", "/tmp/kfp4j-out/Output"));
    String lines = "hello, default options\tjava -cp /t Hello\n"
        + "hello, component options\tjava " + options + " -cp /t Hello\n"
        + "add, as its pinned component.yaml runs it\t" + String.join(" ", add) + "\n";
    Files.writeString(work.resolve("commands-" + Math.abs(image.hashCode()) + ".txt"), lines, StandardCharsets.UTF_8);
    String script = "java -Xshare:on -version >/dev/null 2>&1 || { echo 'no default CDS archive: made one';"
        + " java -Xshare:dump >/dev/null 2>&1; }; exec java -cp /t io.kfp4j.bench.ContainerTimer " + rounds
        + " /t/commands-" + Math.abs(image.hashCode()) + ".txt";
    Result result = run(List.of("docker", "run", "--rm", "--network", "none", "-v", work + ":/t", "--entrypoint",
        "sh", image, "-c", script));
    if (result.code() != 0) {
      throw new IllegalStateException(image + ": " + result.output());
    }
    System.out.printf("%n%s (%s; %d rounds; load average %s)%n", image, archive ? "with /app/kfp4j.jsa"
        : "no class data archive", rounds, loadAverage());
    double helloDefault = 0;
    double helloOptions = 0;
    for (String line : result.output().strip().split("\n")) {
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        System.out.println("  " + line);
        continue;
      }
      double median = Double.parseDouble(parts[1]);
      double min = Double.parseDouble(parts[2]);
      if (parts[0].equals("hello, default options")) {
        helloDefault = median;
      } else if (parts[0].equals("hello, component options")) {
        helloOptions = median;
      }
      String ratio = parts[0].startsWith("add") ? String.format("  %.2fx / %.2fx hello (default / component"
          + " options)", median / helloDefault, median / helloOptions) : "";
      System.out.printf("  %-44s median %6.1f  min %6.1f ms%s%n", parts[0], median, min, ratio);
    }
  }

  private static String loadAverage() {
    return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private record Result(int code, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(600, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "timed out");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
