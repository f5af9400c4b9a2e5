package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import org.junit.jupiter.api.Test;

/**
 * KFP's compose.py: one pipeline function called from another. In Java the inner pipeline is a plain method that
 * builds tasks; called inside a pipeline its tasks join that pipeline, as in KFP.
 */
class ComposeGoldenTest {
  private static final String DIR = "kfp-compiler-goldens/";

  @Test
  void pipelineCalledFromAnotherPipeline() {
    PipelineGraph graph = Pipelines.builder("Download and Save Most Frequent")
        .description("Download and Get Most Frequent Word and Save to GCS").build(p -> {
          Param<String> url = p.param("url", String.class);
          Param<String> outputPath = p.param("outputpath", String.class);
          ContainerOp downloader = download("download", url);
          saveMostFrequentWord(downloader.output(), outputPath);
        });
    Goldens.assertMatches(DIR + "compose.yaml", graph);
  }

  /** compose.py's {@code save_most_frequent_word}, a pipeline of its own there, called as a method here. */
  static void saveMostFrequentWord(Source<?> message, Source<?> outputPath) {
    ContainerOp counter = ContainerOp.builder("get-Frequent").image("python:3.5-jessie").command("sh", "-c")
        .arguments(Formatted.of("python -c \"from collections import Counter; words = Counter('%s'.split());"
            + " print(max(words, key=words.get))\" | tee /tmp/message.txt", message))
        .fileOutput("word", "/tmp/message.txt").build();
    ContainerOp.builder("save").image("google/cloud-sdk").command("sh", "-c")
        .arguments(Formatted.of("echo %s | tee /tmp/results.txt | gsutil cp /tmp/results.txt %s",
            counter.output(), outputPath))
        .build();
  }

  /** compose.py's {@code DownloadMessageOp}. */
  static ContainerOp download(String name, Source<?> url) {
    return ContainerOp.builder(name).image("google/cloud-sdk").command("sh", "-c")
        .arguments(Formatted.of("gsutil cat %s | tee /tmp/results.txt", url))
        .fileOutput("downloaded", "/tmp/results.txt").build();
  }
}
