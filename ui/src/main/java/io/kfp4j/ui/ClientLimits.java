package io.kfp4j.ui;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * What one client may hold of the UI's server: at most {@code perClient} open connections per client address (a
 * connection over it is closed as soon as it opens), and {@code requestTime} to send each request. A connection
 * that has not completed a request within that time of opening, or of its last response, is closed: a client that
 * trickles its request a byte at a time, or keeps a connection open without asking anything, loses it.
 *
 * <p>Jetty reads requests without blocking a thread, so clients that are slow only cost a socket each; these limits
 * bound the sockets. A request still being answered (a large download) is never cut by them.
 *
 * @param perClient the most connections one address may hold open
 * @param requestTime how long a client has to send a request
 */
record ClientLimits(int perClient, Duration requestTime) {
  /** What {@code kfp4j ui} allows: 256 connections per address (a browser opens about 6), 10 s per request. */
  static final ClientLimits DEFAULT = new ClientLimits(256, Duration.ofSeconds(10));

  ClientLimits {
    if (perClient < 1 || requestTime.isNegative() || requestTime.isZero()) {
      throw new IllegalArgumentException("perClient must be at least 1 and requestTime positive: " + perClient
          + ", " + requestTime);
    }
  }

  /** The listener that enforces these limits on every connection of a connector. */
  Connection.Listener guard(Scheduler scheduler) {
    return new Guard(this, scheduler);
  }

  /** Counts connections per address and arms the request timer of each. */
  private static final class Guard implements Connection.Listener {
    private final ClientLimits limits;
    private final Scheduler scheduler;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    Guard(ClientLimits limits, Scheduler scheduler) {
      this.limits = limits;
      this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
      InetAddress client = client(connection);
      int count = open.merge(client, 1, Integer::sum);
      if (count > limits.perClient) {
        connection.getEndPoint().close();
        return;
      }
      watch(connection, 0);
    }

    @Override
    public void onClosed(Connection connection) {
      InetAddress client = client(connection);
      open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    /**
     * Closes the connection when, {@code requestTime} after the last look (which had seen {@code seen} requests),
     * no new request has arrived and none is being answered; otherwise looks again later.
     */
    private void watch(Connection connection, long seen) {
      scheduler.schedule(() -> {
        if (!connection.getEndPoint().isOpen()) {
          return;
        }
        long in = connection.getMessagesIn();
        boolean answering = in > connection.getMessagesOut();
        if (!answering && in == seen) {
          connection.getEndPoint().close();
        } else {
          watch(connection, in);
        }
      }, limits.requestTime.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static InetAddress client(Connection connection) {
      SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
      return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
  }
}
