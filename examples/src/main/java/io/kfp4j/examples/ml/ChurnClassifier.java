package io.kfp4j.examples.ml;

import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.ml.DataPrepOps.LoadChurnDataOp;
import io.kfp4j.examples.ml.DataPrepOps.SplitDataOp;
import io.kfp4j.examples.ml.DeploymentOps.DeployModelOp;
import io.kfp4j.examples.ml.TrainingOps.PickBestOp;
import io.kfp4j.examples.ml.TrainingOps.TrainModelOp;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.types.CSV;
import java.util.ArrayList;
import java.util.List;

/** The churn classifier's pipeline. */
public final class ChurnClassifier {
  private ChurnClassifier() {}

  /** Where the training tasks and the picking task see the workspace on a cluster. */
  static final String WORKSPACE_MOUNT = "/mnt/workspace";

  /** The claim holding the workspace on a cluster; create it once ({@code ReadWriteMany}). */
  static final Volume WORKSPACE = Volume.pvc("workspace", "ml-workspace");

  /**
   * Loads the churn data, profiles it (in Python), splits it, trains one model per learning rate in parallel, picks
   * the best, and deploys it to the registry when its accuracy beats the threshold. Whatever happens, the
   * team is notified at the end.
   *
   * <p>It shows: file outputs and inputs ({@code @OutputPath}/{@code @InputPath}), a {@code ParallelFor} over a
   * parameter, a task waiting for a loop with {@code after}, a {@code Condition} on a metric, an {@code ExitHandler},
   * KFP's {@code mlpipeline-metrics} and {@code mlpipeline-ui-metadata} outputs, and two shared components used as
   * typed stubs, one of them Python.
   *
   * <p>The training tasks leave their models in {@code workspace} for the picking task, as KFP v1 passes no outputs
   * out of a loop: on a cluster, the claim {@code ml-workspace} is mounted there; on this machine, give any folder
   * ({@code --param workspace=/tmp/churn}).
   *
   * @param learningRates the learning rates to try, one training task each
   * @param testFraction the share of rows kept for testing
   * @param accuracyThreshold the test accuracy the best model must beat to be deployed
   * @param workspace the folder the training and picking tasks share
   */
  @Pipeline(name = "churn-classifier",
      description = "Trains a churn classifier for several learning rates and deploys the best when accurate enough.")
  public static void churnClassifierPipeline(@Default("[0.003, 0.03, 0.3]") Param<List<Double>> learningRates,
      @Default("0.25") Param<Double> testFraction, @Default("0.75") Param<Double> accuracyThreshold,
      @Default(WORKSPACE_MOUNT) Param<String> workspace) {
    var notify = NotifyTeamOp.notifyTeam(Formatted.of("churn-classifier finished; candidates are in %s", workspace))
        .caching(false);   // a notification from an earlier run is no notification
    ExitHandler.of(notify, () -> {
      var data = LoadChurnDataOp.loadChurnData();
      ProfileCsvOp.profileCsv(data.dataPath().as(CSV.class));
      var split = SplitDataOp.splitData(data.dataPath(), testFraction);

      var training = new ArrayList<TrainModelOp>();   // the loop's task, for after(...) below
      ParallelFor.each(learningRates, rate -> training.add(
          TrainModelOp.trainModel(split.trainPath(), split.testPath(), rate, workspace)
              .mount(WORKSPACE, WORKSPACE_MOUNT)));
      var best = PickBestOp.pickBest(workspace, learningRates).mount(WORKSPACE, WORKSPACE_MOUNT)
          .after(training.get(0));

      Condition.when("accurate-enough", best.accuracy().gt(accuracyThreshold), () ->
          DeployModelOp.deployModel(best.bestModelPath(), best.accuracy()));
    });
  }
}
