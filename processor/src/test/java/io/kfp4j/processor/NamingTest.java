package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names are derived: component names and keys from methods, input and output names from parameters. */
class NamingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "add,                Add",
      "addTwo,             Add two",
      "add_two,            Add two",
      "trainXGBoostModel,  Train XGBoost model",
      "trainModelV2,       Train model v2",
      "parseCSV,           Parse CSV",
      "step2Run,           Step2 run",
  })
  void componentNameFromMethodName(String method, String name) {
    assertEquals(name, Naming.componentName(method));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Add,                  add",
      "Train XGBoost model,  train-xgboost-model",
      "My  Comp!_v2,         my-comp-v2",
      "--Add--,              add",
  })
  void componentKeyIsKfpsK8sName(String name, String key) {
    assertEquals(key, KfpNames.k8sName(name));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "dataPath,   data",
      "data_path,  data",
      "data,       data",
      "Path,       Path",
      "_path,      _path",
      "pathData,   pathData",
  })
  void filesDropAPathSuffix(String parameter, String name) {
    assertEquals(name, Naming.stripPathSuffix(parameter));
  }

  @Test
  void derivedNamesGiveTheFilesAndClasses() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Models", """
        @Component
        public static double trainXGBoostModel(double rate) { return rate; }

        @Component
        public static int addTwo(int value) { return value + 2; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("Train XGBoost model", TestSupport.spec(compilation, "train-xgboost-model").name());
    assertEquals("Add two", TestSupport.spec(compilation, "add-two").name());
    assertThat(compilation).generatedSourceFile("p.ModelsOps").contentsAsUtf8String()
        .contains("public static final class TrainXGBoostModelOp extends Task<TrainXGBoostModelOp>");
    assertThat(compilation).generatedSourceFile("p.ModelsOps").contentsAsUtf8String()
        .contains("public static final class AddTwoOp extends Task<AddTwoOp>");
    assertEquals("Add two", TestSupport.entry(compilation, "add-two").componentName());
    assertEquals("Train XGBoost model", TestSupport.entry(compilation, "train-xgboost-model").componentName());
  }

  @Test
  void explicitNameIsKeptAndKeyedByItsK8sName() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Models", """
        @Component(name = "  Train the Model (v2)  ")
        public static double train(double rate) { return rate; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("Train the Model (v2)", TestSupport.spec(compilation, "train-the-model-v2").name());
    assertThat(compilation).generatedSourceFile("p.ModelsOps").contentsAsUtf8String()
        .contains("public static final class TrainOp extends Task<TrainOp>");
  }

  @Test
  void fileParametersDropTheirPathSuffix() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Files", """
        @Component
        public static void copy(
            @InputPath Path dataPath,
            @InputPath("CSV") Path table_path,
            @OutputPath Path copyPath,
            @OutputPath("Model") Path model_path) {}
        """));
    assertThat(compilation).succeededWithoutWarnings();
    ComponentSpec spec = TestSupport.spec(compilation, "copy");
    assertEquals(List.of(new InputSpec("data", null, null, null, false, Map.of()),
        InputSpec.of("table", "CSV")), spec.inputs());
    assertEquals(List.of(new OutputSpec("copy", null, null, Map.of()), OutputSpec.of("model", "Model")),
        spec.outputs());
    // The task's accessors keep the parameter names.
    String op = TestSupport.generatedSource(compilation, "p.FilesOps");
    assertTrue(op.contains("public Output<Artifact> copyPath() {"), op);
    assertTrue(op.contains("public Output<Artifact> model_path() {"), op);
    assertTrue(op.contains("copy(Source<Artifact> dataPath, Source<Artifact> table_path)"), op);
  }
}
