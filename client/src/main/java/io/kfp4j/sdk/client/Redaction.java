package io.kfp4j.sdk.client;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Endpoint addresses as they may be shown: the user info ({@code user:password@}) of a URL becomes {@code ***@},
 * and the values of query parameters named like a credential ({@code token}, {@code access_token}, {@code key},
 * {@code password}, ...) become {@code ***}. Every message, log line, JSON document and record that shows a KFP
 * endpoint shows it through here.
 */
public final class Redaction {
  /** Shown instead of a secret. */
  public static final String MASK = "***";

  /** Query parameters whose values are hidden (compared without case, {@code -} read as {@code _}). */
  static final Set<String> SECRET_PARAMETERS = Set.of("token", "access_token", "id_token", "refresh_token",
      "auth", "authorization", "key", "api_key", "apikey", "secret", "client_secret", "password", "passwd", "pwd",
      "sig", "signature", "x_amz_signature", "x_amz_security_token", "x_amz_credential", "credential", "session",
      "code");

  private static final Pattern URL = Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"'<>]*");
  private static final Pattern QUERY_PARAMETER = Pattern.compile("([?&;])([^=&;#]+)=([^&;#]*)");

  private Redaction() {}

  /**
   * An endpoint as it may be shown: without its user info, and with credential-like query values hidden. Without a
   * scheme ({@code user:pw@host:8888}) everything up to the last {@code @} before the path is user info.
   */
  public static String endpoint(String url) {
    if (url == null) {
      return null;
    }
    int scheme = url.indexOf("://");
    int authority = scheme < 0 ? 0 : scheme + 3;
    int end = authority;
    while (end < url.length() && "?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    int at = url.lastIndexOf('@', end - 1);
    String out = at >= authority ? url.substring(0, authority) + MASK + url.substring(at) : url;
    return query(out);
  }

  /** A text with every URL in it shown as {@link #endpoint(String)} shows it. */
  public static String urls(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = URL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(endpoint(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String query(String url) {
    int question = url.indexOf('?');
    if (question < 0) {
      return url;
    }
    Matcher m = QUERY_PARAMETER.matcher(url);
    m.region(question, url.length());
    StringBuilder out = new StringBuilder(url.substring(0, question));
    int last = question;
    while (m.find()) {
      out.append(url, last, m.start());
      String name = m.group(2);
      boolean secret = SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT).replace('-', '_'));
      out.append(m.group(1)).append(name).append('=').append(secret ? MASK : m.group(3));
      last = m.end();
    }
    return out.append(url.substring(last)).toString();
  }
}
