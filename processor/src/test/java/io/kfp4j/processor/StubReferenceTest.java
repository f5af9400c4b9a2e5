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

/** Every shared component of the KFP reference becomes a stub that compiles, those only KFP v2 runs marked so. */
class StubReferenceTest {
  private static final String V2 = "KFP v2 only: its command line uses ";
  static final String MALFORMED = "contrib__samples__openvino__deployer__component.yaml";

  /** V2-only components (v1 specs with KFP v2's placeholders): stubs marked so in their javadoc, with the reason. */
  static final Map<String, String> V2_ONLY = new TreeMap<>(Map.ofEntries(
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__batch_predict_job"
          + "__component.yaml", V2 + "{{$.inputs.artifacts['model'].metadata['resourceName']}} (at"
          + " implementation.container.args[3].concat[5])"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__endpoint__create_endpoint"
          + "__component.yaml", V2 + "{{$}} (at implementation.container.args[11])"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__model__export_model"
          + "__component.yaml", V2 + "{{$.inputs.artifacts['model'].metadata['resourceName']}} (at"
          + " implementation.container.args[3].concat[2])"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__aiplatform__model__upload_model"
          + "__component.yaml", V2 + "{{$}} (at implementation.container.args[11])"),
      Map.entry("components__google-cloud__google_cloud_pipeline_components__experimental__tensorflow_probability"
          + "__anomaly_detection__component.yaml", V2 + "executorInput (at implementation.container.args[1])")));

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
  void everyReferenceComponentCompilesAsAStubWithoutWarnings() throws IOException {
    List<Path> files = files();
    Compilation compilation = TestSupport.stubJavac("-Xlint:all,-processing")
        .compile(files.stream().map(StubReferenceTest::packageInfo).toList());
    assertThat(compilation).succeededWithoutWarnings();
    List<JavaFileObject> ops = compilation.generatedSourceFiles().stream()
        .filter(f -> f.getName().startsWith("/SOURCE_OUTPUT/ref/") && f.getName().endsWith("Op.java")).toList();
    assertEquals(242, ops.size(), ops.toString());
    // one marker per KFP type name, shared by all the stubs that use it
    List<String> csv = compilation.generatedSourceFiles().stream().map(JavaFileObject::getName)
        .filter(n -> n.equals("/SOURCE_OUTPUT/io/kfp4j/types/CSV.java")).toList();
    assertEquals(1, csv.size());
    // the stubs of components only KFP v2 runs say so, with the placeholder and where it is; no other stub does
    Map<String, String> marked = new TreeMap<>();
    for (JavaFileObject op : ops) {
      String text = op.getCharContent(true).toString().replaceAll("\\s*\\n\\s*\\*\\s*", " ")
          .replace("&#123;", "{").replace("&#125;", "}");
      int at = text.indexOf(V2);
      if (at >= 0) {
        marked.put(op.getName(), text.substring(at, text.indexOf(", which KFP v2", at)));
      }
    }
    assertEquals(V2_ONLY.size(), marked.size(), marked.toString());
    for (Map.Entry<String, String> entry : V2_ONLY.entrySet()) {
      String folder = "/SOURCE_OUTPUT/" + packageOf(Path.of(entry.getKey())).replace('.', '/') + "/";
      assertTrue(marked.entrySet().stream().anyMatch(m -> m.getKey().startsWith(folder)
          && m.getValue().equals(entry.getValue())), entry + " in " + marked);
    }
  }
}
