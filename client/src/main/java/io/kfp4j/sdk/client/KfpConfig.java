package io.kfp4j.sdk.client;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a KFP server: immutable, built with {@link #builder()}.
 *
 * <pre>{@code
 * KfpConfig config = KfpConfig.builder().host("kfp.example.com").tokenFile(Path.of("/var/run/token"))
 *     .namespace("team-a").build();
 * }</pre>
 *
 * @param host the base URL, scheme added ({@code https://}) and trailing slashes stripped as kfp does
 * @param token the bearer token, or {@code null}
 * @param cookies the {@code Cookie} header value, or {@code null}
 * @param namespace the user namespace of a multi-user cluster, or {@code null}
 * @param caCertificate a PEM file with the CA certificates to trust, or {@code null} for the JDK's
 * @param proxy an HTTP proxy, or {@code null}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each response
 * @param maxAttempts how many times an idempotent call (GET, DELETE) is tried on connection errors and 502/503/504
 * @param retryBackoff the wait before the first retry, doubled before each next one
 * @param pollInterval the wait between two polls of {@link KfpClient#waitForRunCompletion} (kfp: 5 s)
 * @param environment where {@code KF_PIPELINES_*} variables are read
 * @param clock the clock of default run names
 */
public record KfpConfig(String host, BearerToken token, String cookies, String namespace, Path caCertificate,
    InetSocketAddress proxy, Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration retryBackoff,
    Duration pollInterval, Map<String, String> environment, Clock clock) {

  public KfpConfig {
    host = normalizeHost(Objects.requireNonNull(host, "host"));
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(pollInterval, "pollInterval");
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(clock, "clock");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
  }

  /** A builder with kfp's defaults: no token, 10 s to connect, 60 s per response, 4 attempts, 5 s between polls. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration, to change a part of it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.token = token;
    b.cookies = cookies;
    b.namespace = namespace;
    b.caCertificate = caCertificate;
    b.proxy = proxy;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.maxAttempts = maxAttempts;
    b.retryBackoff = retryBackoff;
    b.pollInterval = pollInterval;
    b.environment = environment;
    b.clock = clock;
    return b;
  }

  /** kfp's host handling: {@code https://} when no scheme is given, no trailing {@code /}. */
  public static String normalizeHost(String host) {
    String h = host.strip();
    if (h.isEmpty()) {
      throw new IllegalArgumentException("the KFP host is empty; pass --endpoint URL or set KF_PIPELINES_ENDPOINT");
    }
    if (!h.startsWith("http://") && !h.startsWith("https://")) {
      h = "https://" + h;
    }
    while (h.endsWith("/")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /** The configuration without the token and the cookies, which it only says are set. */
  @Override
  public String toString() {
    return "KfpConfig[host=" + host + ", token=" + (token == null ? "none" : token) + ", cookies="
        + (cookies == null ? "none" : "***") + ", namespace=" + namespace + ", caCertificate=" + caCertificate
        + ", proxy=" + proxy + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
        + ", maxAttempts=" + maxAttempts + ", retryBackoff=" + retryBackoff + ", pollInterval=" + pollInterval + "]";
  }

  /** Builds a {@link KfpConfig}; only the host is required (else {@code KF_PIPELINES_ENDPOINT}). */
  public static final class Builder {
    private String host;
    private BearerToken token;
    private String cookies;
    private String namespace;
    private Path caCertificate;
    private InetSocketAddress proxy;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private int maxAttempts = 4;
    private Duration retryBackoff = Duration.ofMillis(500);
    private Duration pollInterval = Duration.ofSeconds(5);
    private Map<String, String> environment = System.getenv();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder token(String token) {
      this.token = token == null ? null : BearerToken.of(token);
      return this;
    }

    /** A token read from this file, and read again whenever the file changes. */
    public Builder tokenFile(Path file) {
      this.token = file == null ? null : BearerToken.fromFile(file);
      return this;
    }

    public Builder cookies(String cookies) {
      this.cookies = cookies;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace == null || namespace.isBlank() ? null : namespace;
      return this;
    }

    public Builder caCertificate(Path pemFile) {
      this.caCertificate = pemFile;
      return this;
    }

    public Builder proxy(String host, int port) {
      this.proxy = InetSocketAddress.createUnresolved(host, port);
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = backoff;
      return this;
    }

    public Builder pollInterval(Duration interval) {
      this.pollInterval = interval;
      return this;
    }

    public Builder environment(Map<String, String> environment) {
      this.environment = environment;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * @throws IllegalArgumentException when neither a host nor {@code KF_PIPELINES_ENDPOINT} is given
     */
    public KfpConfig build() {
      String h = host != null ? host : environment.get("KF_PIPELINES_ENDPOINT");
      if (h == null || h.isBlank()) {
        throw new IllegalArgumentException("no KFP host: pass one (--endpoint URL) or set KF_PIPELINES_ENDPOINT");
      }
      return new KfpConfig(h, token, cookies, namespace, caCertificate, proxy, connectTimeout, requestTimeout,
          maxAttempts, retryBackoff, pollInterval, environment, clock);
    }
  }
}
