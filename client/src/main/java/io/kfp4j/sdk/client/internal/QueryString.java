package io.kfp4j.sdk.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A query string exactly as Python's {@code urllib.parse.urlencode} writes it (which kfp's generated client uses):
 * parameters in the order added, {@code null} values left out, empty ones kept ({@code page_token=}), spaces as
 * {@code +}, every character but {@code A-Z a-z 0-9 _ . - ~} percent-encoded.
 */
public final class QueryString {
  private final List<String> pairs = new ArrayList<>();

  /** Adds {@code name=value} unless the value is {@code null}. */
  public QueryString add(String name, Object value) {
    if (value != null) {
      pairs.add(quotePlus(name) + "=" + quotePlus(value.toString()));
    }
    return this;
  }

  /** {@code ?a=1&b=2}, or empty without parameters. */
  @Override
  public String toString() {
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  /** Python's {@code quote_plus(text, safe='')}. */
  public static String quotePlus(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
  }
}
