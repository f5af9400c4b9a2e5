package io.kfp4j.sdk.client;

import io.kfp4j.sdk.client.internal.KfpHttp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which API a KFP server speaks, asked once per endpoint: {@code GET /apis/v2beta1/healthz} answered means a KFP 2.x
 * server ({@link ApiVersion#V2}), {@code 404} a KFP 1.x one ({@link ApiVersion#V1}). Answers are kept for the life of
 * this object: make one per command, build or test, not one for the process.
 */
public final class ApiVersions {
  private final Map<String, ApiVersion> found = new ConcurrentHashMap<>();

  /** How many servers were asked: for tests and logs. */
  public int asked() {
    return found.size();
  }

  /**
   * The newest API the server of this configuration answers.
   *
   * @throws KfpApiException when the server cannot be reached, or answers the probe with an error other than 404
   */
  public ApiVersion of(KfpConfig config) {
    return found.computeIfAbsent(config.host(), host -> probe(config));
  }

  private static ApiVersion probe(KfpConfig config) {
    try {
      new KfpHttp(config).json("GET", ApiVersion.V2.prefix() + "/healthz", null);
      return ApiVersion.V2;
    } catch (KfpApiException e) {
      if (e.status() == 404) {
        return ApiVersion.V1;
      }
      throw e;
    }
  }
}
