package io.kfp4j.cli.flows.other;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;

/** Shaped like the class kfp4j-processor generates for {@link Flows#flipCoin}. */
public final class FlipCoinPipeline {
  public static final String NAME = "pipeline-flip-coin";

  private FlipCoinPipeline() {}

  public static PipelineGraph spec() {
    ComponentDefinition flip = ComponentDefinition.fromText(
        "name: Flip other\nimplementation:\n  container: {image: alpine, command: [echo, heads]}\n");
    return Pipelines.builder(NAME).build(p -> flip.task(Map.of()));
  }
}
