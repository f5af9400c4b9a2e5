package io.kfp4j.cli.ui;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.StoreRoot;
import io.kfp4j.ui.UiServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kfp4j ui}: serves the local web UI on 127.0.0.1 until interrupted. */
@Command(name = "ui", sortOptions = false,
    description = {"Serve a web UI of the runs recorded here on 127.0.0.1: experiments, runs (sortable, two"
        + " compared side by side), each run's graph with its tasks' inputs, outputs, visualizations, logs and"
        + " lineage. A running run's page updates live. Stop with Ctrl-C.", "",
      "Examples:", "  kfp4j ui", "  kfp4j ui --root build/.kfp4j --port 8765", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, "1:the port cannot be used", ExitCodes.DOC_USAGE})
public final class UiCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Mixin
  StoreRoot root;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
      description = "The port on 127.0.0.1 (default 8765; 0 for any free one).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port " + port + " is not a port: give 0 to 65535");
    }
    UiServer server = UiServer.start(root.store(), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "kfp4j-ui-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("kfp4j ui: " + server.url() + "/ (runs under " + root.path().toAbsolutePath().normalize()
        + "); Ctrl-C stops it");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
