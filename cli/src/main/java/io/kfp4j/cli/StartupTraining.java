package io.kfp4j.cli;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import picocli.CommandLine;

/**
 * Not a command: what the {@code kfp4j} launcher script runs, once per jar and JDK, under
 * {@code -XX:DumpLoadedClassList}, to list the classes that kfp4j's commands load; the launcher then makes a class
 * data archive of them ({@code -Xshare:dump}) in the user's cache, and later calls start from it. It does in one
 * process what the common commands do (help, version, validate, show, compile for both targets) on data of its own,
 * and loads (without initializing) the classes of the packages on those paths, so that the archive serves commands
 * it did not run. It writes only to a temporary folder, which it deletes.
 */
public final class StartupTraining {
  /** Class-name prefixes (in a jar's path form) of what the commands' start and work load. */
  private static final List<String> PACKAGES = List.of("io/kfp4j/cli/", "io/kfp4j/runtime/", "io/kfp4j/sdk/",
      "io/kfp4j/tooling/", "io/kfp4j/launcher/", "picocli/", "org/yaml/snakeyaml/", "com/fasterxml/jackson/");

  private static final String COMPONENT = """
      name: Echo
      description: Prints a message.
      metadata:
        annotations: {author: kfp4j}
      inputs:
      - {name: msg, type: String, default: hi, description: the message}
      - {name: times, type: Integer, optional: true}
      - {name: data, type: CSV, optional: true}
      outputs:
      - {name: out, type: String}
      - {name: table, type: CSV}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo "$0" | tee "$1"', {inputValue: msg}, {outputPath: out}]
          args:
          - {concat: ['--msg=', {inputValue: msg}]}
          - if:
              cond: {isPresent: times}
              then: ['--times', {inputValue: times}]
              else: []
          - if:
              cond: {isPresent: data}
              then: ['--data', {inputPath: data}]
          - {outputPath: table}
          env: {LANG: C.UTF-8}
      """;

  private StartupTraining() {}

  /** Runs the common commands and loads the classes; prints nothing. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("kfp4j-training");
    try {
      Path component = Files.writeString(dir.resolve("component.yaml"), COMPONENT);
      run("--version");
      run("--help");
      for (String command : TopCommands.NAMES) {
        run(command, "--help");
      }
      run("components", "validate", component.toString());
      run("components", "show", component.toString());
      run("components", "show", "--format", "json", component.toString());
      run("components", "validate", dir.resolve("missing.yaml").toString());
      try {
        ComponentDefinition echo = ComponentDefinition.fromText(COMPONENT);
        PipelineGraph graph = Pipelines.builder("training").build(p -> {
          Source<String> msg = p.param("msg", String.class, "hi");
          echo.task(Map.of("msg", echo.task(Map.of("msg", msg)).outputNamed("out")));
        });
        Compiler.compile(graph, dir.resolve("pipeline.yaml"));
        PipelineSpecCompiler.compile(graph, dir.resolve("pipeline-v2.yaml"));
      } catch (RuntimeException e) {
        // the archive then lacks some of the compiler's classes: slower, not wrong
      }
      loadPackages();
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(String... args) {
    CommandLine cmd = Kfp4j.newCommandLine(Workspace.current(), args);
    cmd.setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter()));
    cmd.execute(args);
  }

  private static void loadPackages() throws IOException {
    Path jar;
    try {
      jar = Path.of(StartupTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return;
    }
    if (!Files.isRegularFile(jar)) {
      return; // classes in a folder (tests): nothing to list
    }
    ClassLoader loader = StartupTraining.class.getClassLoader();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")
            && PACKAGES.stream().anyMatch(name::startsWith)) {
          try {
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
          } catch (ClassNotFoundException | LinkageError e) {
            // an optional dependency is missing: the class is left out of the archive, nothing else
          }
        }
      }
    }
  }
}
