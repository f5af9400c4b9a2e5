package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.StoreRoot;
import io.kfp4j.cli.ServerApiOptions;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.doubles.DoubleText;
import io.kfp4j.tooling.doubles.DoublesFile;
import io.kfp4j.tooling.doubles.GivenDoubles;
import io.kfp4j.tooling.kfp.RemoteRun;
import io.kfp4j.tooling.kfp.RemoteRunV2;
import io.kfp4j.tooling.local.LocalRun;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.pipelines.ProjectPipelines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfp4j run}: runs a pipeline on this machine with the embedded engine, or submits it to a KFP server. */
@Command(
    name = "run",
    description = {
      "Run a pipeline of a compiled Java project on this machine, with no cluster: tasks run in this JVM"
          + " (in-process, the default), as processes (subprocess; the image is ignored) or in Docker (docker run"
          + " --network none). Prints a line at every task state change, then each task's outputs.",
      "The run is recorded under --root (default: .kfp4j at the root of the Maven project around the current"
          + " folder, else .kfp4j here): see kfp4j runs list and kfp4j runs show. Ctrl-C cancels"
          + " it cleanly: running tasks and their processes are stopped and the run is recorded as cancelled.",
      "PIPELINE is found as for kfp4j compile: a pipeline name, its generated class, or CLASS#method; in a Maven"
          + " project on the project's own classpath, which kfp4j asks Maven for once (see --classpath).",
      "With --endpoint (or KFP_ENDPOINT) the same pipeline is compiled and submitted to that Kubeflow Pipelines"
          + " server instead, in --experiment (created when missing); --wait waits for it to finish. "
          + ServerApiOptions.RULE,
      "",
      "Examples (in a Maven project, after mvn compile):",
      "  kfp4j run addition-pipeline --param a=7 --param b=8",
      "  kfp4j run addition-pipeline --endpoint http://localhost:8888 --wait",
      "  kfp4j run addition-pipeline --endpoint http://localhost:8888 --target v2 --param a=7 --param b=8",
      "With a test double for a task the engine cannot run here (a ResourceOp other than a volume's) or should not:",
      "  kfp4j run secret-pipeline --double create-secret:name=s-1,manifest={} --doubles doubles.yaml",
      "Elsewhere, with the classes and jars given:",
      "  kfp4j run addition-pipeline --classpath 'build/classes:lib/*' --param a=7",
      ""
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run succeeded",
        "1:the run failed or was cancelled, or the pipeline cannot be found or built",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline: its name or class.")
  String pipeline;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
      description = "Folders and jars of the project, separated by the path separator (DIR/* for every"
          + " jar in DIR). " + ProjectClasspathOption.DEFAULT_HELP)
  String classpath;

  @Option(names = {"--param", "-p"}, paramLabel = "NAME=VALUE",
      description = "A pipeline parameter, as KFP text (1.5, True, [1, 2]); repeat for each. Parameters not given"
          + " take their defaults.")
  List<String> params = List.of();

  @Option(names = "--double", paramLabel = "TASK[:OUT=VALUE,...]",
      description = "Run here with a test double for TASK: its outputs are these values (KFP text), the task does not"
          + " run. TASK is a task name (every iteration of a loop) or a component name (all its tasks); give each"
          + " output once, TASK alone for a task without outputs. A comma starts an output only before NAME=. Repeat"
          + " for each task.")
  List<String> doubles = List.of();

  @Option(names = "--doubles", paramLabel = "FILE",
      description = "Test doubles in a YAML or JSON file, TASK: {OUT: VALUE, ...} (a list or mapping value is written"
          + " as JSON); --double wins for the same TASK.")
  Path doublesFile;

  @Option(names = "--runner", paramLabel = "KIND", defaultValue = "in-process",
      description = "in-process (default), subprocess or docker.")
  String runner;

  @Option(names = "--experiment", paramLabel = "NAME", defaultValue = "Default",
      description = "The experiment the run belongs to (default: Default).")
  String experiment;

  @Mixin
  StoreRoot root;

  @Option(names = "--no-cache", description = "Run every task, even when a cached result exists.")
  boolean noCache;

  @Option(names = "--max-recursion-depth", paramLabel = "N", description = "How many times a graph component may call"
      + " itself before its tasks fail (default: ${DEFAULT-VALUE}).")
  int maxRecursionDepth = LocalRunner.DEFAULT_MAX_RECURSION_DEPTH;

  @Option(names = "--no-class-sharing", description = "With --runner subprocess: start kfp4j tasks without the"
      + " class data archive kept under --root (cds/), as a plain JVM.")
  boolean noClassSharing;

  @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "${env:KFP_ENDPOINT}",
      description = "Submit to this KFP server instead of running here (default: env KFP_ENDPOINT).")
  String endpoint;

  @Option(names = "--namespace", paramLabel = "NS", description = "With --endpoint: the user namespace of a"
      + " multi-user cluster.")
  String namespace;

  @Option(names = "--token-file", paramLabel = "FILE", description = "With --endpoint: a file holding the bearer"
      + " token, read again when it changes.")
  Path tokenFile;

  @Mixin
  ServerApiOptions server;

  @Option(names = "--wait", description = "With --endpoint: wait until the run finishes; exit 1 unless it succeeds.")
  boolean await;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "3600",
      description = "With --wait: give up after S seconds (default: 3600).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    if (endpoint == null || endpoint.isBlank()) {
      RunStore.prepareInBackground(); // while the pipeline is found and built
    }
    RunnerKind kind;
    try {
      kind = RunnerKind.fromCliName(runner);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, String> arguments = parameters();
    boolean remote = endpoint != null && !endpoint.isBlank();
    if (remote && (!doubles.isEmpty() || doublesFile != null)) {
      throw new ParameterException(spec.commandLine(), "--double and --doubles stand in for tasks of a run here; a KFP"
          + " server runs every task: drop them, or drop --endpoint to run here");
    }
    GivenDoubles stands = remote ? GivenDoubles.none() : givenDoubles();
    if (!remote && (server.api() != null || server.target() != null)) {
      throw new ParameterException(spec.commandLine(), "--api and --target choose how the pipeline is sent to a KFP"
          + " server: give --endpoint URL too (without a server the pipeline runs here, whatever its target)");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PipelineClasspath path = ProjectClasspathOption.open(classpath, spec)) {
      PipelineGraph graph = ProjectPipelines.build(pipeline, path);
      if (remote) {
        return submit(graph, arguments, out) ? ExitCodes.OK : ExitCodes.FAILED;
      }
      return runLocally(graph, arguments, kind, stands, path, out);
    }
  }

  /** Submits the pipeline to the server, through the API and as the target {@link ServerApiOptions} choose. */
  private boolean submit(PipelineGraph graph, Map<String, String> arguments, PrintWriter out) {
    KfpConfig config = KfpConnection.config(spec.commandLine(), endpoint, namespace, tokenFile);
    Duration wait = await ? Duration.ofSeconds(timeoutSeconds) : null;
    Consumer<String> print = line -> {
      out.println(line);
      out.flush();
    };
    if (server.choose(config).api() == ApiVersion.V2) {
      return RemoteRunV2.submit(KfpV2Client.create(config), graph, arguments, experiment, wait, print);
    }
    return RemoteRun.submit(KfpClient.create(config), graph, arguments, experiment, wait, print);
  }

  /** Runs the pipeline on the embedded engine with the project's loader, cancelled on Ctrl-C; prints as it goes. */
  private int runLocally(PipelineGraph graph, Map<String, String> arguments, RunnerKind kind, GivenDoubles stands,
      PipelineClasspath path, PrintWriter out) {
    LocalRunner local = LocalRunner.create().withRoot(root.path()).withRunner(kind).withExperiment(experiment)
        .withCaching(!noCache).withClassDataSharing(!noClassSharing).withMaxRecursionDepth(maxRecursionDepth);
    for (TaskDouble stand : stands.check(graph)) {
      local = local.withDouble(stand);
    }
    RunResult result = new LocalRun(local, path, line -> {
      out.println(line);
      out.flush();
    }).run(graph, arguments, kind.cliName() + ", experiment " + experiment, path.loader());
    return result.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** The file's doubles, then the options' (a mistake in an option's text is a usage error). */
  private GivenDoubles givenDoubles() {
    GivenDoubles fromFile = doublesFile == null ? GivenDoubles.none() : DoublesFile.read(doublesFile, "--doubles");
    try {
      return fromFile.then(GivenDoubles.of(doubles.stream().map(d -> DoubleText.parse(d, "--double")).toList()));
    } catch (ToolingException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Map<String, String> parameters() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String param : params) {
      int eq = param.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(spec.commandLine(), "--param takes NAME=VALUE, not \"" + param + "\"");
      }
      values.put(param.substring(0, eq), param.substring(eq + 1));
    }
    return values;
  }
}
