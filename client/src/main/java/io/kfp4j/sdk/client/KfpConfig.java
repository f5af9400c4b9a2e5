package io.kfp4j.sdk.client;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a KFP server: immutable, built with {@link #builder()}.
 *
 * <pre>{@code
 * KfpConfig config = KfpConfig.builder().host("kfp.example.com").tokenFile(Path.of("/var/run/token"))
 *     .namespace("team-a").build();
 * }</pre>
 */
public final class KfpConfig {
  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss");

  private final String host;
  private final BearerToken token;
  private final String cookies;
  private final String namespace;
  private final Path caCertificate;
  private final InetSocketAddress proxy;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration retryBackoff;
  private final Duration pollInterval;
  private final Map<String, String> environment;
  private final Clock clock;

  private KfpConfig(Builder b, String host) {
    this.host = normalizeHost(host);
    this.token = b.token;
    this.cookies = b.cookies;
    this.namespace = b.namespace;
    this.caCertificate = b.caCertificate;
    this.proxy = b.proxy;
    this.connectTimeout = Objects.requireNonNull(b.connectTimeout, "connectTimeout");
    this.requestTimeout = Objects.requireNonNull(b.requestTimeout, "requestTimeout");
    this.maxAttempts = b.maxAttempts;
    this.retryBackoff = Objects.requireNonNull(b.retryBackoff, "retryBackoff");
    this.pollInterval = Objects.requireNonNull(b.pollInterval, "pollInterval");
    this.environment = Map.copyOf(Objects.requireNonNull(b.environment, "environment"));
    this.clock = Objects.requireNonNull(b.clock, "clock");
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

  /** The base URL, scheme added ({@code https://}) and trailing slashes stripped as kfp does. */
  public String host() {
    return host;
  }

  /** The host as messages, logs and records show it: without user info or credentials ({@link Redaction}). */
  public String shownHost() {
    return Redaction.endpoint(host);
  }

  /** The bearer token, or {@code null}. */
  public BearerToken token() {
    return token;
  }

  /** The {@code Cookie} header value, or {@code null}. */
  public String cookies() {
    return cookies;
  }

  /** The user namespace of a multi-user cluster, or {@code null}. */
  public String namespace() {
    return namespace;
  }

  /** A PEM file with the CA certificates to trust, or {@code null} for the JDK's. */
  public Path caCertificate() {
    return caCertificate;
  }

  /** An HTTP proxy, or {@code null}. */
  public InetSocketAddress proxy() {
    return proxy;
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for each response. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** How many times an idempotent call (GET, DELETE) is tried on connection errors and 502/503/504. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry, doubled before each next one. */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /** The wait between two polls of {@link KfpClient#waitForRunCompletion} (kfp: 5 s). */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** Where {@code KF_PIPELINES_*} variables are read. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The clock of default run names. */
  public Clock clock() {
    return clock;
  }

  /**
   * The experiment name kfp uses for this argument: {@code KF_PIPELINES_OVERRIDE_EXPERIMENT_NAME} when set, else the
   * name given, else {@code KF_PIPELINES_DEFAULT_EXPERIMENT_NAME}, else {@code Default} (variables from
   * {@link #environment()}).
   */
  public String experimentName(String given) {
    String name = given != null ? given : environment.get("KF_PIPELINES_DEFAULT_EXPERIMENT_NAME");
    String override = environment.get("KF_PIPELINES_OVERRIDE_EXPERIMENT_NAME");
    if (override != null) {
      name = override;
    }
    return name == null || name.isEmpty() ? "Default" : name;
  }

  /** kfp's default run name: {@code "<pipeline> <yyyy-MM-dd HH-mm-ss>"} at {@link #clock()}'s now. */
  public String runName(String pipelineName) {
    return pipelineName + " " + RUN_TIME.format(LocalDateTime.now(clock));
  }

  /** kfp's host handling: {@code https://} when no scheme is given, no trailing {@code /}. */
  public static String normalizeHost(String host) {
    String h = host.strip();
    if (h.isEmpty()) {
      throw new IllegalArgumentException("the KFP host is empty; give a URL, or set KF_PIPELINES_ENDPOINT");
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
    return "KfpConfig[host=" + Redaction.endpoint(host) + ", token=" + (token == null ? "none" : token) + ", cookies="
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

    /** The base URL; a scheme is added ({@code https://}) and trailing slashes are stripped as kfp does. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The bearer token, or {@code null} for none. */
    public Builder token(String token) {
      this.token = token == null ? null : BearerToken.of(token);
      return this;
    }

    /** A token read from this file, and read again whenever the file changes. */
    public Builder tokenFile(Path file) {
      this.token = file == null ? null : BearerToken.fromFile(file);
      return this;
    }

    /** The {@code Cookie} header value, or {@code null}. */
    public Builder cookies(String cookies) {
      this.cookies = cookies;
      return this;
    }

    /** The user namespace of a multi-user cluster; {@code null} or blank for none. */
    public Builder namespace(String namespace) {
      this.namespace = namespace == null || namespace.isBlank() ? null : namespace;
      return this;
    }

    /** A PEM file with the CA certificates to trust, or {@code null} for the JDK's. */
    public Builder caCertificate(Path pemFile) {
      this.caCertificate = pemFile;
      return this;
    }

    /** An HTTP proxy. */
    public Builder proxy(String host, int port) {
      this.proxy = InetSocketAddress.createUnresolved(host, port);
      return this;
    }

    /** How long to wait for a connection (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long to wait for each response (default 60 s). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** How many times an idempotent call is tried on connection errors and 502/503/504 (default 4). */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /** The wait before the first retry, doubled before each next one (default 500 ms). */
    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = backoff;
      return this;
    }

    /** The wait between two polls of a run (default 5 s, as kfp). */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = interval;
      return this;
    }

    /** Where {@code KF_PIPELINES_*} variables are read (default the process environment). */
    public Builder environment(Map<String, String> environment) {
      this.environment = environment;
      return this;
    }

    /** The clock of default run names. */
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
        throw new IllegalArgumentException("no KFP host: give one (KfpConfig.Builder.host) or set KF_PIPELINES_ENDPOINT");
      }
      return new KfpConfig(this, h);
    }
  }
}
