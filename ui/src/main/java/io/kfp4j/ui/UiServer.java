package io.kfp4j.ui;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.local.RunStore;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code kfp4j ui}: an HTTP server on 127.0.0.1 (never another interface), serving the pages of one run store.
 * Everything the pages use ships in the jar; nothing is fetched from elsewhere.
 *
 * <p>The server is Jetty's: it reads requests without blocking a thread, so clients that send slowly, or open
 * connections and send nothing, do not hold up the others. {@link ClientLimits} bounds what one client may hold.
 */
public final class UiServer implements AutoCloseable {
  /** The largest request head (request line and headers) accepted; larger ones are answered 431. */
  static final int MAX_REQUEST_HEAD = 16 * 1024;

  private final Server server;
  private final ServerConnector connector;

  private UiServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts serving a store on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @throws Kfp4jException ({@link Kfp4jException.Kind#IO}) when the port is taken, naming it
   */
  public static UiServer start(RunStore store, int port) {
    return start(store, port, ClientLimits.DEFAULT);
  }

  static UiServer start(RunStore store, int port, ClientLimits limits) {
    QueuedThreadPool threads = new QueuedThreadPool(32, 2);
    threads.setName("kfp4j-ui");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_REQUEST_HEAD);
    // the routes decode each path segment on their own and refuse what leaves the store (RoutesSecurityTest):
    // Jetty passes them encoded separators and dot segments instead of refusing them first
    http.setUriCompliance(UriCompliance.UNSAFE);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    connector.setAcceptQueueSize(128);
    connector.setIdleTimeout(limits.requestTime().toMillis() * 3);
    connector.addBean(limits.guard(connector.getScheduler()));
    server.addConnector(connector);
    server.setHandler(new RoutesHandler(new Routes(store)));
    server.setStopTimeout(0);
    server.setErrorHandler(UiServer::refusal);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new Kfp4jException(Kfp4jException.Kind.IO, "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + ")", "is another kfp4j ui running? Choose another port", Kfp4jException.facts(Kfp4jException.Fact.PORT,
          String.valueOf(port), Kfp4jException.Fact.OPTION, "port"), e);
    }
    return new UiServer(server, connector);
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Its address, {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** Stops serving. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  /** Runs the routes on a pool thread for each request. */
  private static final class RoutesHandler extends Handler.Abstract {
    private final Routes routes;

    RoutesHandler(Routes routes) {
      super(InvocationType.BLOCKING);
      this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      try {
        routes.handle(new Exchange(request, response));
        callback.succeeded();
      } catch (Throwable e) {
        callback.failed(e);
      }
      return true;
    }
  }

  /** What Jetty answers to a request it refuses before any route (unparseable, too large): the status, no echo. */
  private static boolean refusal(Request request, Response response, Callback callback) {
    response.getHeaders().put("Content-Type", "text/plain; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    String text = "kfp4j ui refused this request (HTTP " + response.getStatus() + ")\n";
    response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort: the threads are daemons and the socket closes with the connector
    }
  }
}
