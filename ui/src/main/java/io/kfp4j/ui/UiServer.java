package io.kfp4j.ui;

import com.sun.net.httpserver.HttpServer;
import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.local.RunStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code kfp4j ui}: the JDK's HTTP server on 127.0.0.1 (never another interface), serving the pages of one run
 * store. Everything the pages use ships in the jar; nothing is fetched from elsewhere.
 */
public final class UiServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;

  private UiServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts serving a store on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @throws Kfp4jException ({@link Kfp4jException.Kind#IO}) when the port is taken, naming it
   */
  public static UiServer start(RunStore store, int port) {
    HttpServer server;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    try {
      server = HttpServer.create(address, 64);
    } catch (IOException e) {
      throw new Kfp4jException(Kfp4jException.Kind.IO, "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + ")", "is another kfp4j ui running? Choose another port", Kfp4jException.facts(Kfp4jException.Fact.PORT,
          String.valueOf(port), Kfp4jException.Fact.OPTION, "port"), e);
    }
    ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "kfp4j-ui");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", new Routes(store));
    server.start();
    return new UiServer(server, threads);
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Its address, {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** Stops serving. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
