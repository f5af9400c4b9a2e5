package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The v1 component specs of the KFP reference that use KFP v2's placeholders (Google Cloud's components:
 * {@code {{$}}}, {@code executorInput}, {@code {{$.inputs.artifacts[...].metadata[...]}}}) get stubs marked KFP v2 only;
 * here they compile to KFP v2 component YAML that KFP's proto accepts, their placeholders as KFP 2 writes them.
 */
class ReferenceV2OnlyComponentsTest {
  private static final Path DIR = Path.of("..", "..", "shared", "reference", "kfp-components");
  private static final List<String> FILES = List.of(
      "components__google-cloud__google_cloud_pipeline_components__aiplatform__batch_predict_job__component.yaml",
      "components__google-cloud__google_cloud_pipeline_components__aiplatform__endpoint__create_endpoint__component.yaml",
      "components__google-cloud__google_cloud_pipeline_components__aiplatform__model__export_model__component.yaml",
      "components__google-cloud__google_cloud_pipeline_components__aiplatform__model__upload_model__component.yaml",
      "components__google-cloud__google_cloud_pipeline_components__experimental__tensorflow_probability"
          + "__anomaly_detection__component.yaml");

  @Test
  void eachCompilesToAComponentKfpAccepts() throws Exception {
    for (String file : FILES) {
      LoadedComponent loaded = ComponentLoader.standard().fromFile(DIR.resolve(file));
      List<V2Usage> v2 = V2Usage.find(loaded.spec());
      assertTrue(!v2.isEmpty(), file + " uses v2-only placeholders");
      ObjectNode component = Compiled.component(loaded);
      JsonNode executors = component.path("deploymentSpec").path("executors");
      assertEquals(1, executors.size(), file);
      List<String> args = new ArrayList<>();
      executors.elements().next().path("container").path("args").forEach(a -> args.add(a.asText()));
      String line = String.join(" ", args);
      assertTrue(line.contains("{{$"), file + ": " + line);
      assertTrue(!line.contains("executorInput") && !line.contains("inputUri") && !line.contains("outputUri"),
          file + " keeps a v1 spelling: " + line);
    }
  }
}
