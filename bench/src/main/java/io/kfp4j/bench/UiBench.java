package io.kfp4j.bench;

import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.ui.UiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What {@code kfp4j ui} costs on big runs: the time to serve a run's page (and the live body a running page polls)
 * for a ParallelFor of N trivial tasks, N = 100, 1,000 and 10,000, and the page's size; and the runs list over a
 * store of many runs.
 *
 * <p>Run: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.UiBench [ROUNDS]}.
 */
public final class UiBench {
  private UiBench() {}

  /** Prints the numbers. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path root = Files.createTempDirectory("kfp4j-ui-bench");
    LocalRunner runner = LocalRunner.create().withRoot(root).withCaching(false);
    HttpClient client = HttpClient.newHttpClient();
    try (UiServer server = UiServer.start(new RunStore(root), 0)) {
      for (int n : new int[] {100, 1_000, 10_000}) {
        RunResult run = runner.run(BenchSupport.fanOut(n), Map.of());
        if (!run.succeeded()) {
          throw new IllegalStateException("run of " + n + " tasks failed: " + run.record().message());
        }
        String page = server.url() + "/runs/" + run.record().id();
        get(client, page); // warm-up
        double[] pageMillis = new double[rounds];
        double[] bodyMillis = new double[rounds];
        int size = 0;
        for (int r = 0; r < rounds; r++) {
          long start = System.nanoTime();
          size = get(client, page);
          pageMillis[r] = (System.nanoTime() - start) / 1e6;
          start = System.nanoTime();
          get(client, page + "?fragment=body");
          bodyMillis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(pageMillis);
        Arrays.sort(bodyMillis);
        System.out.printf("run page, %,6d tasks: %6.1f ms (min %.1f), %,d KB; live body %6.1f ms%n", n,
            pageMillis[rounds / 2], pageMillis[0], size / 1024, bodyMillis[rounds / 2]);
      }
      for (int i = 0; i < 50; i++) {
        runner.run(BenchSupport.fanOut(3), Map.of());
      }
      double[] list = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        get(client, server.url() + "/runs");
        list[r] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(list);
      System.out.printf("runs page, 53 runs: %.1f ms (min %.1f)%n", list[rounds / 2], list[0]);
    }
  }

  private static int get(HttpClient client, String url) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + ": HTTP " + response.statusCode());
    }
    return response.body().length();
  }
}
