package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.ui.UiServer;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the web UI of the runs recorded by {@code kfp4j:run} on 127.0.0.1 (experiments, runs, each run's graph,
 * outputs, visualizations, logs and lineage) until Maven is stopped with Ctrl-C. It runs once for the whole build,
 * and needs no project.
 */
@Mojo(name = "ui", requiresProject = false, aggregator = true, threadSafe = true)
public class UiMojo extends AbstractMojo {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The run store. Default: {@code .kfp4j} in the folder of the top-level project. */
  @Parameter(property = "kfp4j.root")
  File root;

  /** The port on 127.0.0.1; 0 for any free one. */
  @Parameter(property = "kfp4j.port", defaultValue = "8765")
  int port;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    UiServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "kfp4j-ui-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
  }

  /** Starts the server and says where it is. */
  UiServer start() throws MojoFailureException {
    if (port < 0 || port > 65535) {
      throw new MojoFailureException("port (kfp4j.port) " + port + " is not a port: give 0 to 65535");
    }
    Path store = RunStoreRoot.of(root, session).toAbsolutePath().normalize();
    UiServer server;
    try {
      server = UiServer.start(new RunStore(store), port);
    } catch (Kfp4jException e) {
      throw new MojoFailureException("cannot serve the UI: " + MavenWording.FRONT_END.message(e), e);
    }
    getLog().info("kfp4j ui: " + server.url() + "/ (runs under " + store + "); Ctrl-C stops it");
    return server;
  }
}
