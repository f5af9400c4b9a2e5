package io.kfp4j.tooling.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.FrontEnd;
import io.kfp4j.tooling.ToolingException;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline that fails to build names its {@code @Pipeline} method ({@code Owner#method}) and the line of the
 * owner's class, not only the generated class: for an exception of the user's code, a mistake the DSL finds and a
 * class missing from the classpath. The project is compiled here, its generated classes written as the processor
 * writes them.
 */
class BuildFailureTest {
  private static final FrontEnd FRONT_END = FrontEnd.builder()
      .missingClassFix("put the project's dependencies on --classpath too")
      .noPipelinesFix("give its classes with --classpath")
      .listPipelines("kfp4j compile --list")
      .stackTrace("add --stacktrace for the stack trace")
      .build();

  /** Flows.java; the line numbers below are the ones the messages name. */
  private static final String FLOWS = """
      package com.example;

      import io.kfp4j.sdk.ComponentDefinition;
      import io.kfp4j.sdk.Param;
      import java.util.Map;

      public final class Flows {
        public static void training(Param<String> x) {
          Database.connect();
        }

        public static void wiring(Param<String> x) {
          ComponentDefinition.fromText(ECHO).task(Map.of());
        }

        public static void needsLib(Param<String> x) {
          Lib.call();
        }

        public static void fine(Param<String> x) {
          ComponentDefinition.fromText(ECHO).task(Map.of("msg", x));
        }

        static final String ECHO = "name: Echo\\ninputs:\\n- {name: msg, type: String}\\nimplementation:\\n"
            + "  container: {image: alpine, command: [echo, {inputValue: msg}]}\\n";
      }
      """;

  @TempDir
  static Path classes;

  @BeforeAll
  static void compileTheProject() throws Exception {
    Path src = Files.createDirectories(classes.resolve("src/com/example"));
    List<Path> sources = new ArrayList<>(List.of(
        Files.writeString(src.resolve("Flows.java"), FLOWS),
        Files.writeString(src.resolve("Database.java"), "package com.example;\nfinal class Database {\n"
            + "  static void connect() {\n    throw new IllegalStateException(\"the database is down\");\n  }\n}\n"),
        Files.writeString(src.resolve("Lib.java"), "package com.example;\npublic final class Lib {\n"
            + "  public static void call() {}\n}\n")));
    for (String method : List.of("training", "wiring", "needsLib", "fine")) {
      String type = Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Pipeline";
      sources.add(Files.writeString(src.resolve(type + ".java"), """
          package com.example;

          public final class %s {
            public static final String NAME = "%s";

            public static io.kfp4j.sdk.ir.PipelineGraph spec() {
              return io.kfp4j.sdk.Pipelines.builder(NAME)
                  .build(p -> Flows.%s(p.param("x", String.class, "a")));
            }
          }
          """.formatted(type, method, method)));
    }
    String classpath = String.join(File.pathSeparator, location(Pipelines.class), location(PipelineGraph.class),
        location(Kfp4jException.class));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classpath, "-g"));
    sources.forEach(s -> args.add(s.toString()));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
    Files.delete(classes.resolve("com/example/Lib.class"));  // a dependency missing from --classpath
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static PipelineClasspath project() {
    return PipelineClasspath.of(List.of(classes), "the test project", FRONT_END,
        BuildFailureTest.class.getClassLoader());
  }

  private static ToolingException fails(String method) {
    String type = "com.example." + Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Pipeline";
    try (PipelineClasspath path = project()) {
      return assertThrows(ToolingException.class, () -> ProjectPipelines.build(type, path));
    }
  }

  @Test
  void anExceptionOfTheUsersCodeNamesThePipelineMethodAndItsLine() {
    ToolingException e = fails("training");
    assertEquals(Kfp4jException.Kind.USER_CODE, e.kind());
    assertEquals("pipeline \"training\" (com.example.Flows#training at Flows.java:9) failed to build:"
        + " IllegalStateException: the database is down (add --stacktrace for the stack trace)", e.getMessage());
  }

  @Test
  void aMistakeTheDslFindsKeepsItsMessageAfterThePipelineMethodAndItsLine() {
    ToolingException e = fails("wiring");
    assertEquals(Kfp4jException.Kind.INVALID_PIPELINE, e.kind());
    assertEquals("com.example.Flows#wiring at Flows.java:13: pipeline \"wiring\", task \"echo\": no argument for"
        + " required input \"msg\"; pass a Value.of(...), a Param or another task's Output", e.getMessage());
  }

  @Test
  void aClassMissingFromTheClasspathIsNamedWithThePipelineMethodAndItsLine() {
    ToolingException e = fails("needsLib");
    assertEquals("pipeline \"needsLib\" (com.example.Flows#needsLib at Flows.java:17) failed to build: class"
        + " com.example.Lib is missing; put the project's dependencies on --classpath too (add --stacktrace for the"
        + " stack trace)", e.getMessage());
  }

  @Test
  void aPipelineThatBuildsStillBuilds() {
    try (PipelineClasspath path = project()) {
      PipelineGraph graph = ProjectPipelines.build("com.example.FinePipeline", path);
      assertEquals(List.of("echo"), List.copyOf(graph.tasks().keySet()));
    }
  }

  @Test
  void aFailureOutsideThePipelineMethodHasNoUserFrame() {
    assertTrue(UserFrame.of(new IllegalStateException("x"), BuildFailureTest.class).isEmpty());
    assertEquals("com.example.Flows#training at Flows.java:9", new UserFrame("com.example.Flows#training",
        "Flows.java", 9).toString());
    assertEquals("com.example.Flows#training", new UserFrame("com.example.Flows#training", null, 0).toString());
  }
}
