package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.ShellComponents;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run store with real runs of shell components: a finished run with a loop, a condition, an exit handler, CSV
 * data and KFP visualizations (markdown, table, confusion matrix, ROC, web app, metrics); the same run again, from
 * the cache; a failed run; and, when asked, a run that waits for a file before it ends.
 */
public final class StoreFixture {
  static final ComponentDefinition MAKE = shell("Make data",
      "printf 'name,score\\nalpha,%s\\nbeta,2\\n' \"$0\" > \"$1\"; printf '%s' \"$0\" > \"$2\"; echo \"made $0\"",
      "n", ">table", ">count");
  static final ComponentDefinition EVALUATE = shell("Evaluate",
      """
      dir=$(dirname "$1")
      printf 'cat,cat,5\\ncat,dog,1\\ndog,cat,2\\ndog,dog,7\\n' > "$dir/cm.csv"
      printf '0,0,1\\n0.1,0.6,0.8\\n0.4,0.9,0.5\\n1,1,0\\n' > "$dir/roc.csv"
      cat > "$1" <<META
      {"version": 1, "outputs": [
        {"type": "markdown", "storage": "inline", "source": "# Evaluation\\\\n**accuracy** is <b>fine</b> <script>alert(1)</script>"},
        {"type": "table", "format": "csv", "header": ["name", "score"], "source": "$0"},
        {"type": "confusion_matrix", "format": "csv", "labels": ["cat", "dog"], "source": "$dir/cm.csv",
         "schema": [{"name": "target", "type": "CATEGORY"}, {"name": "predicted", "type": "CATEGORY"}, {"name": "count", "type": "NUMBER"}]},
        {"type": "roc", "format": "csv", "source": "$dir/roc.csv",
         "schema": [{"name": "fpr", "type": "NUMBER"}, {"name": "tpr", "type": "NUMBER"}, {"name": "thresholds", "type": "NUMBER"}]},
        {"type": "web-app", "storage": "inline", "source": "<h1>hello from a web app</h1><script>parent.postMessage(42, String.fromCharCode(42))</script>"}
      ]}
      META
      printf '{"metrics": [{"name": "accuracy-score", "numberValue": 0.8, "format": "PERCENTAGE"}, {"name": "rmse", "numberValue": 1.25, "format": "RAW"}]}' > "$2"
      echo "evaluated $0"
      """, "<table", ">MLPipeline UI metadata", ">MLPipeline Metrics");
  public static final ComponentDefinition SQUARE = shell("Square", "echo \"squaring $0\"; echo $(($0 * $0)) > \"$1\"",
      "n", ">out");
  public static final ComponentDefinition SHOUT = shell("Shout", "echo \"$0!\" > \"$1\"", "text", ">loud");
  static final ComponentDefinition NOTE = shell("Note", "echo \"note: $0\"", "text");
  static final ComponentDefinition FAIL = shell("Fail",
      "echo 'about to fail'; echo 'boom: the disk is full' >&2; exit 3", ">never");
  static final ComponentDefinition WAIT = shell("Wait for file",
      "echo \"waiting for $0\"; while [ ! -f \"$0\" ]; do sleep 0.1; done; echo arrived > \"$1\"", "flag", ">done");

  private StoreFixture() {}

  public static ComponentDefinition shell(String name, String script, String... parameters) {
    return ShellComponents.shell("kfp4j-test/busybox:1", name, script, parameters);
  }

  /** data → evaluate; a loop squaring 1..3; shout when count > 1; a note as exit task. */
  static PipelineGraph evaluation() {
    return Pipelines.builder("evaluation").build(p -> {
      var n = p.param("n", String.class, "3");
      var note = NOTE.task(args("text", "all done"));
      ExitHandler.of(note, () -> {
        var data = MAKE.task(args("n", n));
        EVALUATE.task(args("table", data.outputNamed("table")));
        ParallelFor.each(List.of(1, 2, 3), item -> SQUARE.task(args("n", item)));
        Condition.when("many", data.<Double>outputNamed("count").gt(1.0),
            () -> SHOUT.task(args("text", data.outputNamed("count"))));
      });
    });
  }

  /** ok → fail → (skipped) shout; a note as exit task. */
  static PipelineGraph failing() {
    return Pipelines.builder("failing").build(p -> {
      var note = NOTE.task(args("text", "cleaning up"));
      ExitHandler.of(note, () -> {
        var ok = SHOUT.task(args("text", "fine"));
        var fail = FAIL.task(Map.of()).after(ok);
        SHOUT.task(args("text", fail.outputNamed("never")));
      });
    });
  }

  /** One task that waits until a file exists. */
  static PipelineGraph waiting() {
    return Pipelines.builder("waiting").build(p -> WAIT.task(args("flag", p.param("flag", String.class))));
  }

  /** The evaluation run, then the same from the cache, then the failing run; returns them in that order. */
  public static List<RunResult> record(Path root) {
    LocalRunner runner = LocalRunner.create().withRoot(root).withExperiment("nightly");
    RunResult first = runner.run(evaluation(), Map.of("n", "3"));
    assertEquals(RunStatus.SUCCEEDED, first.record().status(), () -> first.record().toString());
    RunResult cached = runner.run(evaluation(), Map.of("n", "3"));
    assertEquals(RunStatus.SUCCEEDED, cached.record().status(), () -> cached.record().toString());
    RunResult failed = LocalRunner.create().withRoot(root).run(failing(), Map.of());
    assertEquals(RunStatus.FAILED, failed.record().status(), () -> failed.record().toString());
    return List.of(first, cached, failed);
  }

  public static Map<String, Source<?>> args(Object... pairs) {
    Map<String, Source<?>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      map.put((String) pairs[i], v instanceof Source<?> s ? s : Value.of(v));
    }
    return map;
  }
}
