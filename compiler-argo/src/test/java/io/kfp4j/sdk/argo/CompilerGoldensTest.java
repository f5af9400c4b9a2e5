package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Sidecar;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.sdk.task.VolumeMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP's own compiler goldens ({@code kfp-compiler-goldens/}), rebuilt with the DSL and raw-op stand-ins. */
class CompilerGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";
  private static final String BASH = "library/bash:4.4.23";
  private static final String MAKE_LIST = "python -c \"import json; import sys; json.dump([i for i in range(20, 31)],"
      + " open('/tmp/out.json', 'w'))\"";

  @Test
  void loopOverPipelineParameter() {
    ComponentDefinition out0 = RawOps.sh("my-out-cop0", "python:alpine3.6", MAKE_LIST, Map.of("out", "/tmp/out.json"));
    ComponentDefinition in1 = RawOps.sh("my-in-cop1", BASH, "echo no output global op1, item: ${item}", Map.of());
    ComponentDefinition out2 = RawOps.sh("my-out-cop2", BASH, "echo no output global op2, outp: ${x}", Map.of());
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      Param<List<Long>> items = listParam(p, "loopidy_doop", "[3, 5, 7, 9]");
      ComponentTask op0 = out0.task(Map.of());
      ParallelFor.each(items, item -> in1.task(Map.of("item", item)).after(op0));
      out2.task(Map.of("x", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_global.yaml", graph);
  }

  @Test
  void loopOverTaskOutput() {
    ComponentDefinition out0 = RawOps.sh("my-out-cop0", "python:alpine3.6", MAKE_LIST, Map.of("out", "/tmp/out.json"));
    ComponentDefinition in1 = RawOps.sh("my-in-cop1", BASH, "echo do output op1 item: ${item}", Map.of());
    ComponentDefinition out2 = RawOps.sh("my-out-cop2", BASH, "echo do output op2, outp: ${x}", Map.of());
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      ComponentTask op0 = out0.task(Map.of());
      ParallelFor.each(op0.output(), item -> in1.task(Map.of("item", item)));
      out2.task(Map.of("x", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_output.yaml", graph);
  }

  @Test
  void loopOverFieldsOfTaskOutput() {
    ComponentDefinition out0 = RawOps.sh("my-out-cop0", "python:alpine3.6", "python -c \"import json; import sys;"
        + " json.dump([{'a': 1, 'b': 2}, {'a': 10, 'b': 20}], open('/tmp/out.json', 'w'))\"",
        Map.of("out", "/tmp/out.json"));
    ComponentDefinition in1 = RawOps.sh("my-in-cop1", BASH, "echo do output op1 item.a: ${item}", Map.of());
    ComponentDefinition out2 = RawOps.sh("my-out-cop2", BASH, "echo do output op2, outp: ${x}", Map.of());
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      ComponentTask op0 = out0.task(Map.of());
      ParallelFor.each(op0.<List<Map<String, Object>>>output(), item -> in1.task(Map.of("item", item.field("a"))));
      out2.task(Map.of("x", op0.output()));
    });
    Goldens.assertMatches(DIR + "withparam_output_dict.yaml", graph);
  }

  @Test
  void loopOverStaticMaps() {
    ComponentDefinition in1 = RawOps.sh("my-in-coop1", BASH, "echo op1 ${a} ${p}", Map.of());
    ComponentDefinition in2 = RawOps.sh("my-in-coop2", BASH, "echo op2 ${b}", Map.of());
    ComponentDefinition out = RawOps.sh("my-out-cop", BASH, "echo ${p}", Map.of());
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      Param<Long> param = p.param("my_pipe_param", Long.class, "10");
      ParallelFor.each(List.of(SdkOutputGoldensTest.ordered("a", 1, "b", 2), SdkOutputGoldensTest.ordered("a", 10, "b", 20)),
          item -> {
            in1.task(Map.of("a", item.field("a"), "p", param));
            in2.task(Map.of("b", item.field("b")));
          });
      out.task(Map.of("p", param));
    });
    Goldens.assertMatches(DIR + "withitem_basic.yaml", graph);
  }

  @Test
  void imagePullSecrets() {
    ComponentDefinition frequent = RawOps.sh("get-frequent", "python:3.5-jessie", "python -c \"from collections import"
        + " Counter; words = Counter('${message}'.split()); print(max(words, key=words.get))\" | tee /tmp/message.txt",
        Map.of("word", "/tmp/message.txt"));
    PipelineGraph graph = Pipelines.builder("Save Most Frequent").description("Get Most Frequent Word and Save to GCS")
        .build(p -> {
          Param<String> message = p.param("message", String.class);
          frequent.task(Map.of("message", message));
          p.imagePullSecrets("secretA");
        });
    Goldens.assertMatches(DIR + "imagepullsecrets.yaml", graph);
  }

  @Test
  void timeouts() {
    ComponentDefinition first = RawOps.op("random-failure", "python:alpine3.6", List.of("python", "-c"), List.of(
        "import random; import sys; exit_code = random.choice([0,1,2,3]); print(exit_code); sys.exit(exit_code)"), Map.of());
    ComponentDefinition second = RawOps.op("random-failure", "python:alpine3.6", List.of("python", "-c"), List.of(
        "import random; import sys; exit_code = random.choice([0,1]); print(exit_code); sys.exit(exit_code)"), Map.of());
    PipelineGraph graph = Pipelines.builder("pipeline includes two steps which fail randomly.")
        .description("shows how to use ContainerOp set_retry().").build(p -> {
          first.task(Map.of()).timeout(Duration.ofSeconds(10));
          second.task(Map.of());
          p.timeoutSeconds(50);
        });
    Goldens.assertMatches(DIR + "timeout.yaml", graph);
  }

  @Test
  void sidecars() {
    ComponentDefinition download = RawOps.sh("download", "busybox", "sleep 10; wget localhost:5678 -O /tmp/results.txt",
        Map.of("downloaded", "/tmp/results.txt"));
    ComponentDefinition echo = RawOps.sh("echo", "library/bash", "echo ${text}", Map.of());
    PipelineGraph graph = Pipelines.builder("Sidecar").description("A pipeline with sidecars.").build(p -> {
      ComponentTask d = download.task(Map.of())
          .sidecar(new Sidecar("echo", "hashicorp/http-echo", List.of(), List.of("-text=\"hello world\""), false));
      echo.task(Map.of("text", d.output()));
    });
    Goldens.assertMatches(DIR + "sidecar.yaml", graph);
  }

  @Test
  void volumes() {
    ComponentDefinition download = RawOps.sh("download", "google/cloud-sdk", "ls | tee /tmp/results.txt",
        Map.of("downloaded", "/tmp/results.txt"));
    ComponentDefinition echo = RawOps.sh("echo", "library/bash", "echo ${text}", Map.of());
    PipelineGraph graph = Pipelines.builder("Volume").description("A pipeline with volume.").build(p -> {
      ComponentTask d = download.task(Map.of())
          .volume(Volume.of("gcp-credentials", Map.of("secret", Map.of("secretName", "user-gcp-sa"))))
          .volumeMount(new VolumeMount("gcp-credentials", "/secret/gcp-credentials", null, false))
          .env("GOOGLE_APPLICATION_CREDENTIALS", "/secret/gcp-credentials/user-gcp-sa.json")
          .env("Foo", "bar");
      echo.task(Map.of("text", d.output()));
    });
    Goldens.assertMatches(DIR + "volume.yaml", graph);
  }

  @Test
  void exitHandlerWithResources() {
    ComponentDefinition exiting = RawOps.sh("exiting", "python:3.5-jessie", "echo exit!", Map.of());
    ComponentDefinition frequent = RawOps.sh("get-frequent", "python:3.5-jessie", "python -c \"from collections import"
        + " Counter; words = Counter('${message}'.split()); print(max(words, key=words.get))\" | tee /tmp/message.txt",
        Map.of("word", "/tmp/message.txt"));
    ComponentDefinition save = RawOps.sh("save", "google/cloud-sdk",
        "echo ${word} | tee /tmp/results.txt | gsutil cp /tmp/results.txt ${path}", Map.of());
    PipelineGraph graph = Pipelines.builder("Save Most Frequent").description("Get Most Frequent Word and Save to GCS")
        .build(p -> {
          Param<String> message = p.param("message", String.class);
          Param<String> outputPath = p.param("outputpath", String.class);
          ComponentTask exit = exiting.task(Map.of());
          io.kfp4j.sdk.ExitHandler.of(exit, () -> {
            ComponentTask counter = frequent.task(Map.of("message", message)).memoryRequest("200M");
            save.task(Map.of("word", counter.output(), "path", outputPath))
                .cpuLimit("0.5").gpuLimit("2").resourceLimit("cloud-tpus.google.com/v2", "8")
                .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-k80");
          });
        });
    Goldens.assertMatches(DIR + "basic.yaml", graph);
  }

  @Test
  void defaultValue() {
    ComponentDefinition download = RawOps.sh("download", "google/cloud-sdk", "gsutil cat ${url} | tee /tmp/results.txt",
        Map.of("downloaded", "/tmp/results.txt"));
    ComponentDefinition echo = RawOps.sh("echo", "library/bash", "echo ${text}", Map.of());
    PipelineGraph graph = Pipelines.builder("Default Value").description("A pipeline with parameter and default value.")
        .build(p -> {
          Param<Object> url = p.param("url", Object.class, "gs://ml-pipeline/shakespeare1.txt");
          ComponentTask d = download.task(Map.of("url", url));
          echo.task(Map.of("text", d.output()));
        });
    Goldens.assertMatches(DIR + "default_value.yaml", graph);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Param<List<Long>> listParam(io.kfp4j.sdk.PipelineScope p, String name, String defaultText) {
    return (Param<List<Long>>) (Param) p.param(name, List.class, defaultText);
  }
}
