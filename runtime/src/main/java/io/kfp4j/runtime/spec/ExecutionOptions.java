package io.kfp4j.runtime.spec;

/**
 * How a graph task is executed.
 *
 * @param retryStrategy retries, or {@code null}
 * @param cachingStrategy caching, or {@code null}
 */
public record ExecutionOptions(RetryStrategy retryStrategy, CachingStrategy cachingStrategy) {

  /** Retries. @param maxRetries how many times to retry, or {@code null} */
  public record RetryStrategy(Integer maxRetries) {}

  /** Caching. @param maxCacheStaleness an ISO-8601 duration such as {@code P0D}, or {@code null} */
  public record CachingStrategy(String maxCacheStaleness) {}
}
