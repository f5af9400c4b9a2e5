package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.ResourceSpecSampleOps.FillMemoryOp;
import io.kfp4j.sdk.Param;
import java.util.ArrayList;
import java.util.List;

/** KFP's {@code resource_spec} sample: a task that asks for CPU and memory. */
public final class ResourceSpecSample {
  private ResourceSpecSample() {}

  /**
   * Fills memory with a list of numbers, to show that the memory asked for is there.
   *
   * @param n how many numbers; 11,234,567 take about 400 MiB
   * @return how many numbers were held
   */
  @Component
  public static int fillMemory(int n) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbers.add(i);
    }
    return numbers.size();
  }

  /**
   * One task with a CPU request and limit of one core and a memory request and limit of 512 MiB, never cached.
   *
   * <p>It shows: {@code cpuRequest}, {@code cpuLimit}, {@code memoryRequest}, {@code memoryLimit} (and
   * {@code gpuLimit}, {@code nodeSelector} for accelerators), and {@code maxCacheStaleness("P0D")}.
   *
   * @param n how many numbers the task holds
   */
  @Pipeline(name = "pipeline-with-resource-spec", description = "One task asking for CPU and memory.")
  public static void resourceSpecPipeline(@Default("11234567") Param<Integer> n) {
    FillMemoryOp.fillMemory(n)
        .cpuRequest("1").cpuLimit("1")
        .memoryRequest("512Mi").memoryLimit("512Mi")
        .maxCacheStaleness("P0D");
  }
}
