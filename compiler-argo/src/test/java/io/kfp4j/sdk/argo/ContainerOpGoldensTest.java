package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.InputArgumentPath;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Toleration;
import io.kfp4j.sdk.task.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's compiler goldens whose pipelines are raw {@code dsl.ContainerOp}s, rewritten with {@link ContainerOp} and
 * compared with KFP's output as parsed data without metadata, as KFP's own tests compare them.
 */
class ContainerOpGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";

  /** coin.py: FlipCoinOp and PrintOp subclasses, nested conditions. */
  @Test
  void coin() {
    PipelineGraph graph = Pipelines.builder("pipeline flip coin").description("shows how to use dsl.Condition.")
        .build(p -> {
          ContainerOp flip = flipCoin("flip");
          Output<String>[] flip2 = holder();
          Condition.when(flip.<String>output().eq("heads"), () -> {
            ContainerOp again = flipCoin("flip-again");
            flip2[0] = again.output();
            Condition.when(flip2[0].eq("tails"), () -> print("print1", flip2[0]));
          });
          Condition.when(flip.<String>output().eq("tails"), () -> print("print2", flip2[0]));
        });
    Goldens.assertMatches(DIR + "coin.yaml", graph);
  }

  /**
   * KFP's test_tolerations: one op's template as {@code _op_to_template} writes it (before the data passing rewrite),
   * compared without names and metadata as that test does.
   */
  @Test
  @SuppressWarnings("unchecked")
  void tolerations() {
    PipelineGraph graph = Pipelines.builder("tolerations").build(p -> ContainerOp.builder("download")
        .image("busybox").command("sh", "-c").arguments("sleep 10; wget localhost:5678 -O /tmp/results.txt")
        .fileOutput("downloaded", "/tmp/results.txt").build()
        .toleration(new Toleration("gpu", "Equal", "run", "NoSchedule", null)));
    Map<String, Object> expected = (Map<String, Object>) ((List<Object>) ((Map<String, Object>)
        Goldens.load(DIR + "tolerations.yaml").get("spec")).get("templates")).get(0);
    TaskOp op = new TaskOps(new GroupTree(graph)).resolve(graph.task("download").orElseThrow());
    Map<String, Object> actual = new ContainerTemplates().template(op);
    assertEquals(withoutNames(expected), withoutNames(actual));
  }

  /** param_op_transform.py: an op transformer sets a pod label from a pipeline parameter. */
  @Test
  void paramOpTransform() {
    PipelineGraph graph = Pipelines.builder("Parameters in Op transformation functions")
        .description("Test that parameters used in Op transformation functions as pod labels would be correcly"
            + " identified and set as arguments in he generated yaml")
        .build(p -> {
          Param<Object> param = p.param("param", Object.class);
          p.opTransformer(task -> task.podLabel("param", param));
          ContainerOp.builder("cop").image("image").build();
        });
    Goldens.assertMatches(DIR + "param_op_transform.yaml", graph);
  }

  /** param_substitutions.py: a VolumeOp's output passed as an argument and its volume mounted. */
  @Test
  void paramSubstitutions() {
    PipelineGraph graph = Pipelines.builder("Param Substitutions")
        .description("Test the same PipelineParam getting substituted in multiple places").build(p -> {
          VolumeOp vop = VolumeOp.create("create_volume", "data", "1Gi");
          ContainerOp.builder("cop").image("image").arguments("--param", vop.claimName())
              .pvolume("/mnt", vop.volume()).build();
        });
    Goldens.assertMatches(DIR + "param_substitutions.yaml", graph);
  }

  /** input_artifact_raw_value.py: constants passed as files, named in the command and as artifact arguments. */
  @Test
  void inputArtifactRawValue() {
    PipelineGraph graph = Pipelines.builder("Pipeline with artifact input raw argument value.")
        .description("Pipeline shows how to define artifact inputs and pass raw artifacts to them.").build(p -> {
          ContainerOp.builder("component_with_inline_input_artifact").image("alpine")
              .command("cat", InputArgumentPath.of("Constant artifact value").at("/tmp/inputs/text/data").named("text"))
              .build();
          withInputArtifact("Constant artifact value");
          withInputArtifact("hard-coded artifact value");
          withInputArtifact("Text from a file with hard-coded artifact value");
        });
    Goldens.assertMatches(DIR + "input_artifact_raw_value.yaml", graph);
  }

  /** basic_no_decorator.py: parameters declared outside a decorated function, the TPU transformer, an exit handler. */
  @Test
  void basicNoDecorator() {
    PipelineGraph graph = Pipelines.builder("Save Most Frequent").description("Get Most Frequent Word and Save to GCS")
        .build(p -> {
          Param<String> message = p.param("message", String.class);
          Param<String> outputPath = p.param("outputpath", String.class, "default_output");
          ContainerOp exit = sh("exiting", "python:3.5-jessie", "echo exit!");
          ExitHandler.of(exit, () -> {
            ContainerOp counter = ContainerOp.builder("get-Frequent").image("python:3.5-jessie").command("sh", "-c")
                .arguments(Formatted.of("python -c \"from collections import Counter; words = Counter('%s'.split());"
                    + " print(max(words, key=words.get))\" | tee /tmp/message.txt", message))
                .fileOutput("word", "/tmp/message.txt").build().memoryRequest("200M");
            sh("save", "google/cloud-sdk", Formatted.of("echo %s | tee /tmp/results.txt | gsutil cp /tmp/results.txt %s",
                counter.output(), outputPath))
                .cpuLimit("0.5").gpuLimit("2")
                .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-k80")
                // gcp.use_tpu(tpu_cores=8, tpu_resource='v2', tf_version='1.12')
                .podAnnotation("tf-version.cloud-tpus.google.com", "1.12")
                .resourceLimit("cloud-tpus.google.com/v2", "8");
          });
        });
    Goldens.assertMatches(DIR + "basic_no_decorator.yaml", graph);
  }

  /** pipelineparams.py: images of the container and of a sidecar given by a pipeline parameter. */
  @Test
  void pipelineParams() {
    PipelineGraph graph = Pipelines.builder("PipelineParams").description("A pipeline with multiple pipeline params.")
        .build(p -> {
          Param<String> tag = p.param("tag", String.class, "latest");
          Param<Long> sleepMs = p.param("sleep_ms", Long.class, "10");
          ContainerOp download = ContainerOp.builder("download").image(Formatted.of("busybox:%s", tag))
              .command("sh", "-c").arguments(Formatted.of("sleep %s; wget localhost:5678 -O /tmp/results.txt", sleepMs))
              .sidecar("echo", Formatted.of("hashicorp/http-echo:%s", tag), List.of(), List.of("-text=\"hello world\""))
              .fileOutput("downloaded", "/tmp/results.txt").build();
          ContainerOp.builder("echo").image("library/bash").command("sh", "-c")
              .arguments(Formatted.of("echo $MSG %s", download.output())).build()
              .env("MSG", "pipelineParams: ");
        });
    Goldens.assertMatches(DIR + "pipelineparams.yaml", graph);
  }

  /**
   * parallelfor_pipeline_param_in_items_resolving.py: static loop items holding pipeline parameters, text with them,
   * and outputs of tasks beside the loop (its components, made from Python functions, come from the golden).
   */
  @Test
  void parallelForItemsWithReferences() {
    String golden = DIR + "parallelfor_pipeline_param_in_items_resolving.yaml";
    var produce = Goldens.component(Goldens.load(golden), "produce-message");
    var consume = Goldens.component(Goldens.load(golden), "consume");
    PipelineGraph graph = Pipelines.builder("parallelfor_pipeline_param_in_items_resolving").build(p -> {
      Param<String> fname1 = p.param("fname1", String.class);
      Param<String> fname2 = p.param("fname2", String.class);
      List<Object> simple = List.of(Formatted.of("My name is %s", fname1), Formatted.of("My name is %s", fname2));
      List<Object> dicts = List.of(
          SdkOutputGoldensTest.ordered("first_name", fname1, "message", Formatted.of("My name is %s", fname1)),
          SdkOutputGoldensTest.ordered("first_name", fname2, "message", Formatted.of("My name is %s", fname2)));
      List<Object> complex = List.of(
          SdkOutputGoldensTest.ordered("first_name", fname1,
              "message", produce.task(Map.of("fname1", fname1)).output()),
          SdkOutputGoldensTest.ordered("first_name", fname2,
              "message", produce.task(Map.of("fname1", fname2)).output()));
      ParallelFor.each(simple, item -> consume.task(Map.of("param1", item)));
      ParallelFor.each(dicts, item -> {
        consume.task(Map.of("param1", item.field("first_name")));
        consume.task(Map.of("param1", item.field("message")));
      });
      ParallelFor.each(complex, item -> {
        consume.task(Map.of("param1", item.field("first_name")));
        consume.task(Map.of("param1", item.field("message")));
      });
    });
    Goldens.assertMatches(golden, graph);
  }

  /**
   * artifact_passing_using_volume.py: files passed through one volume ({@code data_passing_method}); its components
   * are KFP's test components and, for the metrics task made from a Python function, the golden's.
   */
  @Test
  void artifactPassingUsingVolume() {
    String golden = DIR + "artifact_passing_using_volume.yaml";
    Path data = Reference.file(DIR + "test_data");
    ComponentDefinition produce = ComponentDefinition.load(data.resolve("produce_2.component.yaml"));
    ComponentDefinition process = ComponentDefinition.load(data.resolve("process_2_2.component.yaml"));
    ComponentDefinition consume = ComponentDefinition.load(data.resolve("consume_2.component.yaml"));
    ComponentDefinition metrics = Goldens.component(Goldens.load(golden), "metadata-and-metrics");
    PipelineGraph graph = Pipelines.builder("artifact_passing_pipeline").build(p -> {
      var producer = produce.task(Map.of());
      var processor = process.task(Map.of("Input parameter", producer.outputNamed("Output 1"),
          "Input artifact", producer.outputNamed("Output 2")));
      consume.task(Map.of("Input parameter", processor.outputNamed("Output 1"),
          "Input artifact", processor.outputNamed("Output 2")));
      metrics.task(Map.of());
      p.dataPassingVolume(Volume.pvc("data", "data-volume"), "artifact_data/");
    });
    Goldens.assertMatches(golden, graph);
  }

  @Test
  void aConstantFileCannotPassThroughTheVolume() {
    PipelineGraph graph = Pipelines.builder("constant-file").build(p -> {
      ContainerOp.builder("cat").image("alpine").command("cat", InputArgumentPath.of("text")).build();
      p.dataPassingVolume(Volume.pvc("data", "data-volume"), "artifact_data/");
    });
    CompileException e = org.junit.jupiter.api.Assertions.assertThrows(CompileException.class,
        () -> Compiler.compile(graph));
    assertEquals("pipeline \"constant-file\": a constant is given to a file input, but files pass through the data"
        + " passing volume, which only holds what tasks write (as in KFP); pass the output of a task that writes the"
        + " file, or pass files as artifacts (no dataPassingVolume)", e.getMessage());
  }

  private static ContainerOp flipCoin(String name) {
    return ContainerOp.builder(name).image("python:alpine3.6").command("sh", "-c")
        .arguments("python -c \"import random; result = 'heads' if random.randint(0,1) == 0 else 'tails';"
            + " print(result)\" | tee /tmp/output")
        .fileOutput("output", "/tmp/output").build();
  }

  private static ContainerOp print(String name, Source<?> message) {
    return ContainerOp.builder(name).image("alpine:3.6").command("echo", message).build();
  }

  private static ContainerOp withInputArtifact(String text) {
    return ContainerOp.builder("component_with_input_artifact").image("alpine")
        .artifactArgument(InputArgumentPath.of(text).at("/tmp/inputs/text/data").named("text"))
        .command("cat", "/tmp/inputs/text/data").build();
  }

  private static ContainerOp sh(String name, String image, Object script) {
    return ContainerOp.builder(name).image(image).command("sh", "-c").arguments(script).build();
  }

  @SuppressWarnings("unchecked")
  private static Output<String>[] holder() {
    return (Output<String>[]) new Output<?>[1];
  }

  /** A template without its name, metadata and output names, as KFP's {@code _test_op_to_template_yaml}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutNames(Map<String, Object> template) {
    Map<String, Object> copy = new LinkedHashMap<>(template);
    copy.remove("name");
    copy.remove("metadata");
    Map<String, Object> outputs = new LinkedHashMap<>((Map<String, Object>) copy.get("outputs"));
    for (String kind : List.of("parameters", "artifacts")) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<Object>) outputs.getOrDefault(kind, List.of())) {
        Map<String, Object> named = new LinkedHashMap<>((Map<String, Object>) item);
        named.remove("name");
        items.add(named);
      }
      outputs.put(kind, items);
    }
    copy.put("outputs", outputs);
    return copy;
  }
}
