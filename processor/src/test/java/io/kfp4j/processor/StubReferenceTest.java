package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every shared component of the KFP reference becomes a stub that compiles, but for the expected refusals. */
class StubReferenceTest {
  private static final String V2 = "is v2-only: ";
  static final String MALFORMED = "contrib__samples__openvino__deployer__component.yaml";

  /** V2-only components: refused, each with its reason (graph components get stubs). */
  static final Map<String, String> REFUSED = new TreeMap<>(Map.ofEntries(
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__batch_predict_job"
          + "__component.yaml", V2 + "{{$.inputs.artifacts['model'].metadata['resourceName']}} at"
          + " implementation.container.args[3].concat[5] (and 1 more)"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__endpoint__create_endpoint"
          + "__component.yaml", V2 + "{{$}} at implementation.container.args[11]"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__model__export_model"
          + "__component.yaml", V2 + "{{$.inputs.artifacts['model'].metadata['resourceName']}} at"
          + " implementation.container.args[3].concat[2]"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__model__upload_model"
          + "__component.yaml", V2 + "{{$}} at implementation.container.args[11]"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__experimental__tensorflow_probability"
          + "__anomaly_detection__component.yaml", V2 + "executorInput at implementation.container.args[1]")));

  /** The reference component files, but the malformed one. */
  static List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(TestSupport.reference().resolve("kfp-components"))) {
      List<Path> files = list.filter(f -> !f.getFileName().toString().equals(MALFORMED)).sorted().toList();
      assertEquals(242, files.size(), "the reference holds 243 component files, one of them malformed");
      return files;
    }
  }

  /** A package per file, so that components of the same name do not collide: {@code ref.components__xgboost__train}. */
  static String packageOf(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_]", "_");
    return "ref." + (Character.isDigit(name.charAt(0)) ? "_" : "") + name;
  }

  static JavaFileObject packageInfo(Path file) {
    String pkg = packageOf(file);
    return TestSupport.source(pkg + ".package-info", "@io.kfp4j.annotations.ComponentStubs(\""
        + file.toAbsolutePath().toString().replace("\\", "\\\\") + "\")\npackage " + pkg + ";\n");
  }

  @Test
  void everyReferenceComponentButTheRefusedOnesCompilesAsAStubWithoutWarnings() throws IOException {
    List<Path> accepted = files().stream().filter(f -> !REFUSED.containsKey(f.getFileName().toString())).toList();
    assertEquals(237, accepted.size());
    Compilation compilation = TestSupport.stubJavac("-Xlint:all,-processing")
        .compile(accepted.stream().map(StubReferenceTest::packageInfo).toList());
    assertThat(compilation).succeededWithoutWarnings();
    List<String> ops = compilation.generatedSourceFiles().stream().map(JavaFileObject::getName)
        .filter(n -> n.startsWith("/SOURCE_OUTPUT/ref/") && n.endsWith("Op.java")).toList();
    assertEquals(237, ops.size(), ops.toString());
    // one marker per KFP type name, shared by all the stubs that use it
    List<String> csv = compilation.generatedSourceFiles().stream().map(JavaFileObject::getName)
        .filter(n -> n.equals("/SOURCE_OUTPUT/io/kfp4j/types/CSV.java")).toList();
    assertEquals(1, csv.size());
  }

  @Test
  void v2OnlyComponentsAreRefusedEachWithItsReason() throws IOException {
    List<Path> refused = files().stream().filter(f -> REFUSED.containsKey(f.getFileName().toString())).toList();
    assertEquals(REFUSED.keySet(), new TreeSet<>(refused.stream().map(f -> f.getFileName().toString()).toList()));
    Compilation compilation = TestSupport.stubJavac()
        .compile(refused.stream().map(StubReferenceTest::packageInfo).toList());
    assertThat(compilation).failed();
    assertEquals(REFUSED.size(), compilation.errors().size(), compilation.errors().toString());
    for (Path file : refused) {
      assertThat(compilation).hadErrorContaining(file.toAbsolutePath().normalize() + ": component \"")
          .inFile(packageInfo(file));
      String reason = REFUSED.get(file.getFileName().toString());
      assertTrue(compilation.errors().stream().map(d -> d.getMessage(null))
          .anyMatch(m -> m.startsWith(file.toAbsolutePath().normalize().toString()) && m.contains(reason)), file + ": " + reason);
    }
  }
}
