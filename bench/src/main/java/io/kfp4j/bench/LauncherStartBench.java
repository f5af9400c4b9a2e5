package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The launcher's start-to-exit time for the examples' {@code add} component against a bare {@code java} hello
 * world, each run a separate process, the variants interleaved (hello, hello, add, ..., hello, hello, add, ...):
 * 3 warm-up rounds, then {@code RUNS} measured rounds.
 *
 * <p>{@code add} runs exactly as its {@code component.yaml} says (JVM options, launcher main, flags; outputs in a
 * temporary folder) from an image-like layout: {@code app/classes} (the examples jar unpacked) and {@code app/libs}
 * (launcher, runtime, Jackson, SnakeYAML), on the classpath {@code app/resources:app/classes:app/libs/*}. The
 * other variants: the libraries named one by one, the launcher's first (the wildcard's order is the folder's);
 * the archive named by {@code -XX:SharedArchiveFile} but missing (as in an image without one); and an image laid
 * out for a static AppCDS archive, on the same classpath: no {@code app/classes} and {@code app/resources}, one jar
 * in {@code app/libs}, {@code kfp4j.jar}, with the examples' classes and a manifest {@code Class-Path} naming the
 * libraries in {@code app/deps} in a fixed order (JDK 17 archives from jars only, and checks the classpath's
 * order), without and with {@code -XX:SharedArchiveFile=app/kfp4j.jsa}, dumped ({@code -Xshare:dump}) at the
 * image's paths from the class list of one {@code add} run.
 *
 * <p>Usage: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.LauncherStartBench [RUNS]} (default 20),
 * after {@code mvn -q install -DskipTests} (the jars come from the local Maven repository), or after {@code mvn -q
 * package -DskipTests} with {@code -Dkfp4j.reactor=.} (kfp4j's own jars from the modules' {@code target/}).
 */
public final class LauncherStartBench {
  /** The image's libraries for the launcher (not the sdk, which only the generated XxxOp classes use). */
  private static final List<String> LIBS = List.of("io.kfp4j:kfp4j-launcher", "io.kfp4j:kfp4j-runtime",
      "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
      "com.fasterxml.jackson.core:jackson-annotations", "org.yaml:snakeyaml");
  private static final int WARMUP = 3;

  private LauncherStartBench() {}

  /** Runs the benchmark and prints its numbers. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path work = Files.createTempDirectory("kfp4j-launcher-bench");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path app = stageImage(work.resolve("app"));
      Path hello = BenchSupport.compileHello(work.resolve("hello"));
      ResolvedCommandLine add = addCommandLine(app, work.resolve("task"));
      Path output = Path.of(add.outputPaths().get("Output"));
      List<String> addCommand = onClasspath(add, java, LauncherCommand.IMAGE_CLASSPATH.replace("/app", app.toString()));
      List<String> ordered = onClasspath(add, java, app + "/resources:" + app + "/classes:" + orderedLibs(app));
      Path cdsApp = stageImageWithArchive(work.resolve("cds-app"));
      String cdsPath = LauncherCommand.IMAGE_CLASSPATH.replace("/app", cdsApp.toString());
      List<String> cdsClasspath = onClasspath(add, java, cdsPath);
      Path list = work.resolve("add.classlist");
      run(with(cdsClasspath, "-XX:DumpLoadedClassList=" + list), work, output);
      Path archive = cdsApp.resolve("kfp4j.jsa");
      dump(java, list, archive, cdsPath, work);

      Map<String, List<String>> variants = new LinkedHashMap<>();
      variants.put("hello, default JVM options", List.of(java, "-cp", hello.toString(), "Hello"));
      variants.put("hello, component JVM options", with(List.of(java, "-cp", hello.toString(), "Hello"),
          LauncherCommand.JVM_OPTIONS.toArray(String[]::new)));
      variants.put("add, as component.yaml runs it", addCommand);
      variants.put("add, libraries in a fixed order", ordered);
      variants.put("add, archive named but missing", with(addCommand, "-XX:SharedArchiveFile=" + app.resolve(
          "kfp4j.jsa")));
      variants.put("add, image with libs/kfp4j.jar", cdsClasspath);
      variants.put("add, image with libs/kfp4j.jar + archive", with(cdsClasspath, "-XX:SharedArchiveFile=" + archive));
      System.out.println("add: " + String.join(" ", addCommand));

      Map<String, double[]> times = new LinkedHashMap<>();
      variants.keySet().forEach(v -> times.put(v, new double[runs]));
      for (int round = -WARMUP; round < runs; round++) {
        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
          double ms = run(v.getValue(), work, v.getKey().startsWith("add") ? output : null);
          if (round >= 0) {
            times.get(v.getKey())[round] = ms;
          }
        }
      }

      System.out.printf("%n%-42s %8s %8s %8s %16s%n", "process (ms, " + runs + " runs)", "median", "min", "max",
          "classes loaded");
      for (Map.Entry<String, List<String>> v : variants.entrySet()) {
        double[] t = times.get(v.getKey());
        System.out.printf("%-42s %8.1f %8.1f %8.1f %16s%n", v.getKey(), median(t), min(t), max(t),
            classesLoaded(v.getValue(), work, v.getKey().startsWith("add") ? output : null));
      }
      String sameOptions = "hello, component JVM options";
      String defaults = "hello, default JVM options";
      System.out.printf("%n%-42s %26s %26s%n", "ratio to hello (median, min)", "hello, component options",
          "hello, default options");
      for (String v : variants.keySet()) {
        if (v.startsWith("add")) {
          double[] t = times.get(v);
          System.out.printf("%-42s %18.2fx %5.2fx %18.2fx %5.2fx%n", v,
              median(t) / median(times.get(sameOptions)), min(t) / min(times.get(sameOptions)),
              median(t) / median(times.get(defaults)), min(t) / min(times.get(defaults)));
        }
      }
    } finally {
      deleteTree(work);
    }
  }

  /** {@code app/classes} from the examples jar and {@code app/libs} from the launcher's jars, as jib lays them out. */
  private static Path stageImage(Path app) throws IOException {
    Path examples = installedJar("io.kfp4j:kfp4j-examples");
    unzip(examples, Files.createDirectories(app.resolve("classes")));
    Files.createDirectories(app.resolve("resources"));
    copyLibs(app, "libs");
    return app;
  }

  /**
   * An image laid out for class data sharing on the component's classpath: {@code app/libs/kfp4j.jar} alone, with
   * the examples' classes and a manifest whose {@code Class-Path} names {@code app/deps}'s jars in the order of
   * {@link #LIBS}; no {@code app/classes} or {@code app/resources}.
   */
  private static Path stageImageWithArchive(Path app) throws IOException {
    Path classes = Files.createDirectories(app.getParent().resolve("cds-classes"));
    unzip(installedJar("io.kfp4j:kfp4j-examples"), classes);
    List<String> names = copyLibs(app, "deps");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH,
        String.join(" ", names.stream().map(n -> "../deps/" + n).toList()));
    Path jarFile = Files.createDirectories(app.resolve("libs")).resolve("kfp4j.jar");
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(jarFile),
        manifest); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
    return app;
  }

  /** Copies the launcher's jars into {@code app/<folder>}; returns their names in the order of {@link #LIBS}. */
  private static List<String> copyLibs(Path app, String folder) throws IOException {
    Path libs = Files.createDirectories(app.resolve(folder));
    List<String> names = new ArrayList<>();
    for (String lib : LIBS) {
      Path jar = installedJar(lib);
      Files.copy(jar, libs.resolve(jar.getFileName()));
      names.add(jar.getFileName().toString());
    }
    return names;
  }

  /** {@code app/libs}'s jars one by one, in the order of {@link #LIBS} (the launcher's first). */
  private static String orderedLibs(Path app) throws IOException {
    List<String> jars = new ArrayList<>();
    for (String lib : LIBS) {
      jars.add(app.resolve("libs").resolve(installedJar(lib).getFileName()).toString());
    }
    return String.join(":", jars);
  }

  /** A static archive of the listed classes, as the image's JVM would make it at the image's paths. */
  private static void dump(String java, Path list, Path archive, String classpath, Path work) throws Exception {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(LauncherCommand.JVM_OPTIONS);
    command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
        "-cp", classpath));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("dump.log").toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(work.resolve(
          "dump.log")));
    }
  }

  /** The jar of an artifact in the local Maven repository, in the version this bench was built with. */
  private static Path installedJar(String coordinates) throws IOException {
    String group = coordinates.substring(0, coordinates.indexOf(':'));
    String artifact = coordinates.substring(coordinates.indexOf(':') + 1);
    Properties pom = new Properties();
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = LauncherStartBench.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath; run from bench/target/kfp4j-bench.jar");
      }
      pom.load(in);
    }
    String version = pom.getProperty("version");
    String reactor = System.getProperty("kfp4j.reactor");
    if (reactor != null && group.equals("io.kfp4j")) {
      Path jar = Path.of(reactor, artifact.substring("kfp4j-".length()), "target", artifact + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing; run mvn -q package -DskipTests first");
      }
      return jar;
    }
    Path repo = Path.of(System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    Path jar = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
        .resolve(artifact + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; run mvn -q install -DskipTests first");
    }
    return jar;
  }

  /** The add component's command line, resolved from its component.yaml with a=1, b=4 and outputs under task/. */
  private static ResolvedCommandLine addCommandLine(Path app, Path task) {
    Path yaml = app.resolve("classes/META-INF/kfp4j/components/add.component.yaml");
    ComponentSpec spec = ComponentLoader.standard().fromFile(yaml).spec();
    ResolvedCommandLine line = CommandLineResolver.resolve(spec, Map.of("a", "1", "b", "4"), PathScheme.under(task));
    if (!line.command().subList(1, 1 + LauncherCommand.JVM_OPTIONS.size()).equals(LauncherCommand.JVM_OPTIONS)) {
      throw new IllegalStateException(yaml + " does not start java with " + LauncherCommand.JVM_OPTIONS + ": "
          + line.command());
    }
    return line;
  }

  /** The resolved command line with the local java and classpath in place of the image's. */
  private static List<String> onClasspath(ResolvedCommandLine line, String java, String classpath) {
    List<String> command = new ArrayList<>(line.commandLine());
    command.set(0, java);
    command.replaceAll(a -> a.equals(LauncherCommand.IMAGE_CLASSPATH) ? classpath : a);
    return command;
  }

  /**
   * Runs a process to its exit and returns the wall time in ms; fails unless it exits 0 with nothing on stderr and
   * prints {@code hello} (when {@code output} is null) or writes {@code 5.0} to {@code output}.
   */
  private static double run(List<String> command, Path work, Path output) throws IOException, InterruptedException {
    Path stdout = work.resolve("stdout");
    Path stderr = work.resolve("stderr");
    if (output != null) {
      Files.deleteIfExists(output);
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    long start = System.nanoTime();
    int rc = builder.start().waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    String err = Files.readString(stderr);
    String got = output == null ? Files.readString(stdout).strip()
        : Files.exists(output) ? Files.readString(output) : "(no output file)";
    String expected = output == null ? "hello" : "5.0";
    if (rc != 0 || !err.isEmpty() || !got.equals(expected)) {
      throw new IllegalStateException(String.join(" ", command) + ": exit " + rc + ", got \"" + got
          + "\" instead of \"" + expected + "\", stderr: " + err);
    }
    return ms;
  }

  /** How many classes one run loads, and how many of them come from CDS archives. */
  private static String classesLoaded(List<String> command, Path work, Path output) throws Exception {
    Path log = work.resolve("class-load.log");
    Files.deleteIfExists(log);
    run(with(command, "-Xlog:class+load:file=" + log), work, output);
    List<String> lines = Files.readAllLines(log);
    long shared = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
    return lines.size() + " (" + shared + " CDS)";
  }

  /** The command with JVM options added right after {@code java}. */
  private static List<String> with(List<String> command, String... jvmOptions) {
    List<String> out = new ArrayList<>(command.subList(0, 1));
    out.addAll(Arrays.asList(jvmOptions));
    out.addAll(command.subList(1, command.size()));
    return out;
  }

  private static void unzip(Path jar, Path dir) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir) || entry.getName().startsWith("META-INF/maven/")
            || entry.getName().equals("META-INF/MANIFEST.MF")) {
          continue;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
