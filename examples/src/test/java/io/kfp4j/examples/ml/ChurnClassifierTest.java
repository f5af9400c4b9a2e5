package io.kfp4j.examples.ml;

import static io.kfp4j.examples.samples.Runs.assertRanAfter;
import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.examples.ml.DataPrepOps.SplitDataOp;
import io.kfp4j.examples.ml.DeploymentOps.DeployModelOp;
import io.kfp4j.examples.ml.TrainingOps.PickBestOp;
import io.kfp4j.examples.ml.TrainingOps.TrainModelOp;
import io.kfp4j.examples.samples.ArgoWorkflow;
import io.kfp4j.examples.samples.Runs;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChurnClassifier}: compiled for Argo, and run here on the bundled data, with the Python step run by the
 * host's python3.
 */
class ChurnClassifierTest {
  private static final List<Double> RATES = List.of(0.003, 0.03, 0.3);
  private static final double ACCURACY_FLOOR = 0.78;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void compilesToAWorkflowOfTheLoopConditionAndExitHandler(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(ChurnClassifierPipeline.spec(), dir);
    assertEquals("notify-team", workflow.spec().get("onExit"));
    Map<String, Object> loop = workflow.task("exit-handler-1", "for-loop-2");
    assertEquals("{{workflow.parameters.learningRates}}", loop.get("withParam"));
    assertEquals(List.of("for-loop-2"), workflow.task("exit-handler-1", "pick-best").get("dependencies"));
    assertEquals("{{tasks.pick-best.outputs.parameters.pick-best-accuracy}} > {{inputs.parameters.accuracyThreshold}}",
        workflow.task("exit-handler-1", "condition-accurate-enough-3").get("when"));
    workflow.task("condition-accurate-enough-3", "deploy-model");
    // KFP's UI finds the metrics and visualizations by these artifact names
    assertTrue(workflow.outputArtifacts("train-model").containsAll(List.of("mlpipeline-metrics",
        "mlpipeline-ui-metadata")), workflow.outputArtifacts("train-model").toString());
    assertTrue(workflow.outputArtifacts("profile-csv").contains("mlpipeline-ui-metadata"));
    assertEquals(List.of(Map.of("name", "workspace", "mountPath", "/mnt/workspace")),
        workflow.container("train-model").get("volumeMounts"));
    assertEquals("python:3.7", workflow.container("profile-csv").get("image"));
  }

  @Test
  void trainsPicksAndDeploysThenHitsTheCache(@TempDir Path root, @TempDir Path workspace) throws Exception {
    LocalRunner runner = LocalRunner.create().withRoot(root);
    RunResult run = assertStatus(RunStatus.SUCCEEDED, runner.run(ChurnClassifierPipeline.spec(),
        Map.of("workspace", workspace.toString())));

    // the Python step profiled the Java step's file
    ProfileCsvOp.ProfileCsvResult profile = ProfileCsvOp.result(run, "profile-csv");
    assertEquals(400, profile.rows());
    assertEquals(0.325, profile.positiveRate(), 1e-9);
    SplitDataOp.SplitDataResult split = SplitDataOp.result(run, "split-data");
    assertEquals(301, Files.readString(split.trainPath()).lines().count(), "a header and 300 rows");
    assertEquals(101, Files.readString(split.testPath()).lines().count(), "a header and 100 rows");

    // one training task per rate, each beating the floor, each with KFP's metrics
    int bestIndex = 0;
    for (int i = 0; i < RATES.size(); i++) {
      String task = "train-model[" + i + "]";
      TrainModelOp.TrainModelResult trained = TrainModelOp.result(run, task);
      double accuracy = trained.accuracy();
      assertTrue(accuracy >= ACCURACY_FLOOR, task + " accuracy " + accuracy);
      JsonNode metrics = JSON.readTree(Files.readString(trained.metrics())).get("metrics");
      assertEquals("accuracy-score", metrics.get(0).get("name").asText());
      assertEquals(accuracy, metrics.get(0).get("numberValue").asDouble());
      assertEquals("PERCENTAGE", metrics.get(0).get("format").asText());
      JsonNode ui = JSON.readTree(Files.readString(trained.ui())).get("outputs");
      assertEquals("markdown", ui.get(0).get("type").asText());
      assertEquals("confusion_matrix", ui.get(1).get("type").asText());
      assertEquals(100, ui.get(1).get("source").asText().lines().mapToLong(l -> Long.parseLong(l.split(",")[2])).sum(),
          "the confusion matrix counts every test row");
      if (logLoss(run, i) < logLoss(run, bestIndex)) {
        bestIndex = i;
      }
    }

    // the best is the lowest log loss; it beats the default threshold 0.75, so it is deployed
    PickBestOp.PickBestResult best = PickBestOp.result(run, "pick-best");
    TrainModelOp.TrainModelResult bestTrained = TrainModelOp.result(run, "train-model[" + bestIndex + "]");
    assertEquals(RATES.get(bestIndex), best.learningRate());
    assertEquals(bestTrained.accuracy(), best.accuracy());
    assertEquals(Files.readString(bestTrained.modelPath()), Files.readString(best.bestModelPath()));
    assertTask(run, "deploy-model", TaskStatus.SUCCEEDED);
    DeployModelOp.DeployModelResult deployed = DeployModelOp.result(run, "deploy-model");
    String reference = deployed.output();
    assertTrue(reference.matches("churn-classifier:[0-9a-f]{12}"), reference);
    Path published = deployed.registryPath().resolve("churn-classifier")
        .resolve(reference.substring(reference.indexOf(':') + 1));
    assertEquals(Files.readString(best.bestModelPath()), Files.readString(published.resolve("model.json")));
    assertTrue(Files.readString(published.resolve("model-card.md")).contains("learning rate: " + RATES.get(bestIndex)));

    // the exit handler notified last
    assertEquals("#ml-team: churn-classifier finished; candidates are in " + workspace,
        NotifyTeamOp.result(run, "notify-team"));
    assertRanAfter(run, "notify-team", "deploy-model");

    // a stricter threshold: the same data and rates reuse every result, and the gate skips deployment
    RunResult strict = assertStatus(RunStatus.SUCCEEDED, runner.run(ChurnClassifierPipeline.spec(),
        Map.of("workspace", workspace.toString(), "accuracyThreshold", 0.99)));
    for (String cached : List.of("load-churn-data", "profile-csv", "split-data", "train-model[0]", "train-model[1]",
        "train-model[2]", "pick-best")) {
      assertEquals(run.record().id(), assertTask(strict, cached, TaskStatus.CACHED).cachedFrom().run());
    }
    assertTask(strict, "deploy-model", TaskStatus.SKIPPED);
    assertTask(strict, "notify-team", TaskStatus.SUCCEEDED);
  }

  @Test
  void notifiesAfterAFailureInSubprocesses(@TempDir Path root, @TempDir Path workspace) {
    // each Java task in its own JVM through the launcher, as in a container
    RunResult run = assertStatus(RunStatus.FAILED, LocalRunner.create().withRoot(root)
        .withRunner(RunnerKind.SUBPROCESS).run(ChurnClassifierPipeline.spec(),
            Map.of("workspace", workspace.toString(), "testFraction", 1.5)));
    assertEquals(400, ProfileCsvOp.result(run, "profile-csv").rows(),
        "the data set is a resource in the launcher's JVM too");
    TaskRecord split = assertTask(run, "split-data", TaskStatus.FAILED);
    assertEquals(1, split.exitCode(), Runs.describe(run));
    assertTrue(split.logTail().contains("input testFraction is 1.5; give a share above 0 and below 1"),
        Runs.describe(run));
    assertTrue(run.record().tasks().values().stream().filter(t -> t.task().equals("train-model"))
        .allMatch(t -> t.status() == TaskStatus.SKIPPED), Runs.describe(run));
    assertTask(run, "pick-best", TaskStatus.SKIPPED);
    assertTask(run, "deploy-model", TaskStatus.SKIPPED);
    assertTask(run, "notify-team", TaskStatus.SUCCEEDED);
    assertRanAfter(run, "notify-team", "split-data");
  }

  private static double logLoss(RunResult run, int iteration) {
    return TrainModelOp.result(run, "train-model[" + iteration + "]").logLoss();
  }
}
