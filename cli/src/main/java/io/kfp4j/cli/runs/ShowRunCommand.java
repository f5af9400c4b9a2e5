package io.kfp4j.cli.runs;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.StoreRoot;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.ui.internal.store.Format;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfp4j runs show RUN_ID}: a recorded run and each of its tasks, or a KFP server's run. */
@Command(name = "show", sortOptions = false,
    description = {"Show a run recorded here: its parameters and status, and for each task its status, attempts,"
        + " duration, inputs, outputs and, when it failed, the end of its log. With --endpoint (or KFP_ENDPOINT):"
        + " a KFP server's run, its status, references, times, parameters and metrics, through API v1beta1 or v2beta1"
        + " (--api; default: as the server answers; v2beta1's state SUCCEEDED, ... is the status).", "",
      "Examples:", "  kfp4j runs show 20261128-145841-ea8d01",
      "  kfp4j runs show 0b1e7c0a-... --endpoint http://localhost:8888 --output json", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, "1:no such run; with --endpoint, the KFP server answered with an error or"
        + " cannot be reached (the server's message is printed)", ExitCodes.DOC_USAGE})
public final class ShowRunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id (here: or a unique start of it).")
  String runId;

  @Mixin
  StoreRoot root;

  @Mixin
  KfpConnection kfp;

  @Mixin
  ApiOption api;

  @Override
  public Integer call() {
    if (RemoteRuns.remote(kfp, api, spec)) {
      RemoteRuns.show(kfp, api, runId);
      return ExitCodes.OK;
    }
    RunStore store = root.store();
    StoredRun stored = store.locate(runId).orElseThrow(() -> new CommandFailedException("no run \"" + runId
        + "\" (or more than one run starts with it) under " + store.root() + "; see kfp4j runs list"
        + root.hint()));
    if (stored instanceof StoredRun.Unreadable bad) {
      throw new CommandFailedException("run " + bad.id() + " cannot be shown: " + bad.problem());
    }
    RunRecord run = ((StoredRun.Readable) stored).run();
    PrintWriter out = spec.commandLine().getOut();
    out.println("run " + run.id() + "  " + run.name());
    out.println("  pipeline:   " + run.pipeline());
    out.println("  experiment: " + run.experiment());
    out.println("  status:     " + run.status() + (run.message() == null ? "" : " (" + run.message() + ")"));
    out.println("  runner:     " + run.runner());
    out.println("  started:    " + Format.time(run.startedAt()) + ", took "
        + ListRunsCommand.duration(run.durationMillis()));
    run.parameters().forEach((k, v) -> out.println("  param " + k + " = " + oneLine(v)));
    for (TaskRecord task : run.tasks().values()) {
      out.println();
      out.println("  task " + task.id() + " (" + task.component() + "): " + task.status()
          + (task.attempts() > 1 ? ", " + task.attempts() + " attempts" : "")
          + (task.durationMillis() == null ? "" : ", " + ListRunsCommand.duration(task.durationMillis()))
          + (task.exitCode() == null || task.exitCode() == 0 ? "" : ", exit code " + task.exitCode()));
      if (task.message() != null) {
        out.println("    " + task.message());
      }
      task.inputs().forEach((k, v) -> out.println("    in  " + k + " = " + oneLine(v)));
      for (Map.Entry<String, String> output : task.outputs().entrySet()) {
        String value = task.outputValues().get(output.getKey());
        out.println("    out " + output.getKey() + " = " + (value == null ? output.getValue() : oneLine(value)));
      }
      if (task.logTail() != null) {
        out.println("    log (last lines):");
        task.logTail().lines().forEach(l -> out.println("      " + l));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String oneLine(String value) {
    String flat = value.replace("\n", "\\n");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
