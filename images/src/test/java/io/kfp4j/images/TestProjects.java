package io.kfp4j.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small inputs made on the spot: a base image tar (no registry, no daemon) and a project to put on it. */
final class TestProjects {
  static final String BASE_NAME = "kfp4j-test/base:1";
  /** What the processor writes for {@code Calc.add}, with its default image. */
  static final String ADD_YAML = """
      name: Add
      description: Calculates sum of two arguments.
      metadata:
        annotations: {kfp4j/base-image: 'eclipse-temurin:17-jre'}
      inputs:
      - {name: a, type: Float, description: the first addend}
      - {name: b, type: Float, description: the second addend}
      outputs:
      - {name: Output, type: Float, description: the sum}
      implementation:
        container:
          image: kfp4j/components:latest
          command: [java, '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xshare:auto',
            -cp, '/app/resources:/app/classes:/app/libs/*', io.kfp4j.launcher.Launcher,
            com.example.Calc#add]
          args:
          - --a
          - {inputValue: a}
          - --b
          - {inputValue: b}
          - --out-Output
          - {outputPath: Output}
      """;

  private TestProjects() {}

  /** A {@code docker save} tar of a one-layer image from scratch, with an env and a file, written by jib. */
  static Path baseTar(Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("base.txt"), "base layer\n");
    Path tar = dir.resolve("base.tar");
    Jib.fromScratch()
        .addFileEntriesLayer(FileEntriesLayer.builder().setName("base")
            .addEntry(file, AbsoluteUnixPath.get("/etc/base.txt")).build())
        .setEnvironment(Map.of("PATH", "/opt/java/bin:/bin", "BASE_VAR", "yes"))
        .containerize(Containerizer.to(TarImage.at(tar).named(BASE_NAME))
            .setBaseImageLayersCache(dir.resolve("base-cache/base"))
            .setApplicationLayersCache(dir.resolve("base-cache/app")));
    return tar;
  }

  /**
   * A project: {@code classes/} with a component class and its generated entries (as bytes: nothing loads them), a
   * resource and the component spec; {@code libs/} with a release
   * jar, a snapshot jar, the launcher and an sdk jar (to be left out).
   */
  static Path project(Path dir) throws IOException {
    Path classes = dir.resolve("classes");
    write(classes.resolve("com/example/Calc.class"), "calc v1");
    write(classes.resolve("com/example/CalcOps$Entries.class"), "entries v1");
    write(classes.resolve("app.properties"), "x=1\n");
    write(classes.resolve("META-INF/kfp4j/components/add.component.yaml"), ADD_YAML);
    Path libs = Files.createDirectories(dir.resolve("libs"));
    jar(libs.resolve("jackson-core-2.22.3.jar"), "com/fasterxml/jackson/core/JsonParser.class");
    jar(libs.resolve("mylib-1.0-SNAPSHOT.jar"), "com/example/lib/Lib.class");
    jar(libs.resolve("kfp4j-launcher-0.1.0-SNAPSHOT.jar"), "io/kfp4j/launcher/Launcher.class");
    jar(libs.resolve("kfp4j-sdk-0.1.0-SNAPSHOT.jar"), "io/kfp4j/sdk/Pipelines.class");
    return dir;
  }

  /** The classpath of {@link #project}: {@code classes:libs/*}. */
  static ProjectClasspath classpath(Path project) {
    return ProjectClasspath.parse("classes:libs/*", project);
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void jar(Path file, String... entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : List.of(entries)) {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(entry.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
