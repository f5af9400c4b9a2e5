package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.sdk.task.VolumeMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's own compiler goldens ({@code kfp-compiler-goldens/}) of raw ContainerOps, rebuilt with {@link ContainerOp}. */
class CompilerGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";
  private static final String MAKE_LIST = "python -c \"import json; import sys; json.dump([i for i in range(20, 31)],"
      + " open('/tmp/out.json', 'w'))\"";

  /** A shell op, as the goldens' {@code dsl.ContainerOp(command=['sh', '-c'], arguments=[script])}. */
  private static ContainerOp sh(String name, String image, Object script) {
    return ContainerOp.builder(name).image(image).command("sh", "-c").arguments(script).build();
  }

  /** A shell op with one file output. */
  private static ContainerOp sh(String name, String image, Object script, String output, String path) {
    return ContainerOp.builder(name).image(image).command("sh", "-c").arguments(script).fileOutput(output, path)
        .build();
  }

  @Test
  void loopOverPipelineParameter() {
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      Param<List<Long>> items = listParam(p, "loopidy_doop", "[3, 5, 7, 9]");
      ContainerOp op0 = sh("my-out-cop0", "python:alpine3.6", MAKE_LIST, "out", "/tmp/out.json");
      ParallelFor.each(items, item -> sh("my-in-cop1", BASH, Formatted.of("echo no output global op1, item: %s", item))
          .after(op0));
      sh("my-out-cop2", BASH, Formatted.of("echo no output global op2, outp: %s", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_global.yaml", graph);
  }

  @Test
  void loopOverTaskOutput() {
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      ContainerOp op0 = sh("my-out-cop0", "python:alpine3.6", MAKE_LIST, "out", "/tmp/out.json");
      ParallelFor.each(op0.output(),
          item -> sh("my-in-cop1", BASH, Formatted.of("echo do output op1 item: %s", item)));
      sh("my-out-cop2", BASH, Formatted.of("echo do output op2, outp: %s", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_output.yaml", graph);
  }

  @Test
  void loopOverFieldsOfTaskOutput() {
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      ContainerOp op0 = sh("my-out-cop0", "python:alpine3.6", "python -c \"import json; import sys;"
          + " json.dump([{'a': 1, 'b': 2}, {'a': 10, 'b': 20}], open('/tmp/out.json', 'w'))\"", "out", "/tmp/out.json");
      ParallelFor.each(op0.<List<Map<String, Object>>>output(),
          item -> sh("my-in-cop1", BASH, Formatted.of("echo do output op1 item.a: %s", item.field("a"))));
      sh("my-out-cop2", BASH, Formatted.of("echo do output op2, outp: %s", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_output_dict.yaml", graph);
  }

  @Test
  void loopOverStaticMaps() {
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      Param<Long> param = p.param("my_pipe_param", Long.class, "10");
      ParallelFor.each(List.of(SdkOutputGoldensTest.ordered("a", 1, "b", 2), SdkOutputGoldensTest.ordered("a", 10, "b", 20)),
          item -> {
            sh("my-in-coop1", BASH, Formatted.of("echo op1 %s %s", item.field("a"), param));
            sh("my-in-coop2", BASH, Formatted.of("echo op2 %s", item.field("b")));
          });
      sh("my-out-cop", BASH, Formatted.of("echo %s", param));
    });
    Goldens.assertMatches(DIR + "withitem_basic.yaml", graph);
  }

  @Test
  void imagePullSecrets() {
    PipelineGraph graph = Pipelines.builder("Save Most Frequent").description("Get Most Frequent Word and Save to GCS")
        .build(p -> {
          Param<String> message = p.param("message", String.class);
          sh("get-frequent", "python:3.5-jessie", Formatted.of("python -c \"from collections import Counter; words ="
              + " Counter('%s'.split()); print(max(words, key=words.get))\" | tee /tmp/message.txt", message),
              "word", "/tmp/message.txt");
          p.imagePullSecrets("secretA");
        });
    Goldens.assertMatches(DIR + "imagepullsecrets.yaml", graph);
  }

  @Test
  void timeouts() {
    PipelineGraph graph = Pipelines.builder("pipeline includes two steps which fail randomly.")
        .description("shows how to use ContainerOp set_retry().").build(p -> {
          ContainerOp.builder("random-failure").image("python:alpine3.6").command("python", "-c").arguments(
              "import random; import sys; exit_code = random.choice([0,1,2,3]); print(exit_code); sys.exit(exit_code)")
              .build().timeout(Duration.ofSeconds(10));
          ContainerOp.builder("random-failure").image("python:alpine3.6").command("python", "-c").arguments(
              "import random; import sys; exit_code = random.choice([0,1]); print(exit_code); sys.exit(exit_code)")
              .build();
          p.timeoutSeconds(50);
        });
    Goldens.assertMatches(DIR + "timeout.yaml", graph);
  }

  @Test
  void sidecars() {
    PipelineGraph graph = Pipelines.builder("Sidecar").description("A pipeline with sidecars.").build(p -> {
      ContainerOp d = ContainerOp.builder("download").image("busybox").command("sh", "-c")
          .arguments("sleep 10; wget localhost:5678 -O /tmp/results.txt")
          .sidecar(new Sidecar("echo", "hashicorp/http-echo", List.of(), List.of("-text=\"hello world\""), false))
          .fileOutput("downloaded", "/tmp/results.txt").build();
      sh("echo", "library/bash", Formatted.of("echo %s", d.output()));
    });
    Goldens.assertMatches(DIR + "sidecar.yaml", graph);
  }

  @Test
  void volumes() {
    PipelineGraph graph = Pipelines.builder("Volume").description("A pipeline with volume.").build(p -> {
      ContainerOp d = sh("download", "google/cloud-sdk", "ls | tee /tmp/results.txt", "downloaded", "/tmp/results.txt")
          .volume(Volume.of("gcp-credentials", Map.of("secret", Map.of("secretName", "user-gcp-sa"))))
          .volumeMount(new VolumeMount("gcp-credentials", "/secret/gcp-credentials", null, false))
          .env("GOOGLE_APPLICATION_CREDENTIALS", "/secret/gcp-credentials/user-gcp-sa.json")
          .env("Foo", "bar");
      sh("echo", "library/bash", Formatted.of("echo %s", d.output()));
    });
    Goldens.assertMatches(DIR + "volume.yaml", graph);
  }

  @Test
  void exitHandlerWithResources() {
    PipelineGraph graph = Pipelines.builder("Save Most Frequent").description("Get Most Frequent Word and Save to GCS")
        .build(p -> {
          Param<String> message = p.param("message", String.class);
          Param<String> outputPath = p.param("outputpath", String.class);
          ContainerOp exit = sh("exiting", "python:3.5-jessie", "echo exit!");
          ExitHandler.of(exit, () -> {
            ContainerOp counter = sh("get-frequent", "python:3.5-jessie", Formatted.of("python -c \"from collections"
                + " import Counter; words = Counter('%s'.split()); print(max(words, key=words.get))\""
                + " | tee /tmp/message.txt", message), "word", "/tmp/message.txt").memoryRequest("200M");
            sh("save", "google/cloud-sdk", Formatted.of("echo %s | tee /tmp/results.txt | gsutil cp /tmp/results.txt %s",
                counter.output(), outputPath))
                .cpuLimit("0.5").gpuLimit("2").resourceLimit("cloud-tpus.google.com/v2", "8")
                .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-k80");
          });
        });
    Goldens.assertMatches(DIR + "basic.yaml", graph);
  }

  @Test
  void defaultValue() {
    PipelineGraph graph = Pipelines.builder("Default Value").description("A pipeline with parameter and default value.")
        .build(p -> {
          Param<Object> url = p.param("url", Object.class, "gs://ml-pipeline/shakespeare1.txt");
          ContainerOp d = sh("download", "google/cloud-sdk", Formatted.of("gsutil cat %s | tee /tmp/results.txt", url),
              "downloaded", "/tmp/results.txt");
          sh("echo", "library/bash", Formatted.of("echo %s", d.output()));
        });
    Goldens.assertMatches(DIR + "default_value.yaml", graph);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Param<List<Long>> listParam(io.kfp4j.sdk.PipelineScope p, String name, String defaultText) {
    return (Param<List<Long>>) (Param) p.param(name, List.class, defaultText);
  }
}
