package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java names of shared components, their inputs and outputs, and their types. */
class StubNamingTest {

  @Test
  void classNames() {
    assertEquals("TrainXgboostOnCsv", StubNaming.className("Train XGBoost on CSV"));
    assertEquals("ConvertCatBoostModelToAppleCoreMlModel",
        StubNaming.className("convert_CatBoostModel_to_AppleCoreMLModel"));
    assertEquals("DataprocSubmitSparksqlJob", StubNaming.className("dataproc_submit_sparksql_job"));
    assertEquals("Xgboost5FoldCrossValidationForRegression",
        StubNaming.className("Xgboost 5 fold cross validation for regression"));
    assertEquals("_3DViewer", StubNaming.className("3D viewer"));
    assertEquals("Component", StubNaming.className("!!!"));
  }

  @Test
  void identifiers() {
    assertEquals("modelExportPath", StubNaming.identifier("Model export path", "input"));
    assertEquals("modelPath", StubNaming.identifier("model_path", "input"));
    assertEquals("mlpipelineUiMetadata", StubNaming.identifier("MLPipeline UI metadata", "output"));
    assertEquals("class_", StubNaming.identifier("class", "input"));
    assertEquals("default_", StubNaming.identifier("Default", "input"));
    assertEquals("_2ndText", StubNaming.identifier("2nd text", "input"));
    assertEquals("input", StubNaming.identifier("--", "input"));
    assertEquals("toString_", StubNaming.factoryName("To string"));
  }

  @Test
  void collisionsGetANumber() {
    assertEquals(Map.of("Model path", "modelPath", "model_path", "modelPath2", "model-path", "modelPath3"),
        StubNaming.uniqueIdentifiers(List.of("Model path", "model_path", "model-path"), "input"));
  }

  @Test
  void typeNamesKeepTheirCase() {
    assertEquals("CSV", StubNaming.typeName("CSV"));
    assertEquals("GCSPath", StubNaming.typeName("GCSPath"));
    assertEquals("GcsPath", StubNaming.typeName("GcsPath"));
    assertEquals("UIMetadata", StubNaming.typeName("UI metadata"));
    assertEquals("KfpV1UiMetadata", StubNaming.typeName("kfp.v1.ui-metadata"));
    assertEquals("GoogleVertexModel", StubNaming.typeName("google.VertexModel"));
  }

  @Test
  void twoTypeNamesWithOneJavaNameGetTwoMarkers() {
    StubTypes types = new StubTypes(name -> java.util.Optional.empty());
    assertEquals("io.kfp4j.types.UIMetadata", types.marker("UI metadata").canonicalName());
    assertEquals("io.kfp4j.types.UIMetadata", types.marker("UI metadata").canonicalName());
    String other = types.marker("UI_metadata").canonicalName();
    assertEquals("io.kfp4j.types.UIMetadata_", other.substring(0, other.length() - 6));
  }
}
