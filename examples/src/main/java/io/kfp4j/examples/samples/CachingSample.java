package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.CachingSampleOps.DoWorkOp;
import io.kfp4j.sdk.Param;
import java.time.Instant;

/**
 * KFP's {@code caching} sample: a second run with the same inputs reuses the first run's outputs instead of working
 * again, unless the task says its results go stale at once.
 */
public final class CachingSample {
  private CachingSample() {}

  /**
   * Works for a while, then tells when it finished.
   *
   * @param seconds how long to work
   * @return when the work finished, as an ISO-8601 instant
   * @throws InterruptedException when the run is cancelled
   */
  @Component
  public static String doWork(@Default("10") double seconds) throws InterruptedException {
    System.out.println("Working for " + seconds + " seconds.");
    Thread.sleep((long) (seconds * 1000));
    return Instant.now().toString();
  }

  /**
   * Works twice side by side. Run it twice with the same {@code seconds}: the second run's {@code do-work} is a cache
   * hit and gives the first run's instant at once, while {@code do-work-2}, whose results go stale at once
   * ({@code maxCacheStaleness("P0D")}), works again.
   *
   * <p>It shows: caching, on by default, keyed by the component and its inputs; and opting a task out.
   *
   * @param seconds how long each task works
   */
  @Pipeline(name = "caching-pipeline")
  public static void cachingPipeline(@Default("10") Param<Double> seconds) {
    DoWorkOp.doWork().withSeconds(seconds);
    DoWorkOp.doWork().withSeconds(seconds).maxCacheStaleness("P0D");
  }
}
