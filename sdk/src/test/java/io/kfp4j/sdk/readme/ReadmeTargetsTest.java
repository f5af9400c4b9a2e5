package io.kfp4j.sdk.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's two compiled forms of the seed's addition pipeline ("Two targets") are what the compilers write: the
 * KFP v2 spec as text, the Argo workflow as data (apart from its compilation time).
 */
class ReadmeTargetsTest {
  private static final Path README = Path.of(System.getProperty("kfp4j.readme", "../README.md"));
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String TIME = "pipelines.kubeflow.org/pipeline_compilation_time";

  private static PipelineGraph additionPipeline() {
    return Pipelines.builder("addition-pipeline")
        .description("An example pipeline that performs addition calculations.").build(p -> {
          Param<Double> a = p.param("a", Double.class, "1");
          Param<Double> b = p.param("b", Double.class, "7");
          var first = AddOp.add(a, Value.of(4.0));
          AddOp.add(first.output(), b);
        });
  }

  /** The YAML block after the summary naming the file. */
  private static String block(String file) throws Exception {
    String readme = Files.readString(README);
    int summary = readme.indexOf("<summary><code>" + file + "</code>");
    assertTrue(summary >= 0, "README.md has a <details> block for " + file);
    int start = readme.indexOf("```yaml\n", summary) + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  @Test
  void pipelineSpecIsTheV2CompilersText() throws Exception {
    assertEquals(PipelineSpecCompiler.toYaml(additionPipeline()), block("addition-v2.yaml"),
        "README.md's KFP v2 form: paste the compiler's output again");
  }

  @Test
  void workflowIsTheArgoCompilersData() throws Exception {
    JsonNode expected = YAML.valueToTree(Compiler.compile(additionPipeline()));
    JsonNode shown = YAML.readTree(block("addition_pipeline.yaml"));
    for (JsonNode tree : new JsonNode[] {expected, shown}) {
      assertTrue(tree.at("/metadata/annotations").has(TIME));
      ((ObjectNode) tree.at("/metadata/annotations")).remove(TIME);
    }
    assertEquals(expected, shown, "README.md's Argo form: paste the compiler's output again");
  }
}
