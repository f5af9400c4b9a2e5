package io.kfp4j.images;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import io.kfp4j.runtime.Kfp4jException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A registry image with its credentials (given, else the Docker config and the well-known credential helpers), and
 * a quick check that its registry answers, so that a typo or a stopped registry fails at once with the fix instead
 * of after jib's minute of retries.
 */
final class RegistryAccess {
  private static final int CONNECT_TIMEOUT_MS = 3000;

  private RegistryAccess() {}

  /** The reference, parsed, or an error naming the expected form. */
  static ImageReference reference(String text, String role) {
    try {
      return ImageReference.parse(text);
    } catch (InvalidImageReferenceException e) {
      throw new ImageBuildException("the " + role + " \"" + text + "\" is not an image reference; expected"
          + " [HOST[:PORT]/]REPOSITORY[:TAG|@sha256:DIGEST], docker://REF or tar://PATH");
    }
  }

  /** A registry image with credentials. */
  static RegistryImage image(ImageReference reference, RegistryLogin login, Consumer<LogEvent> log) {
    RegistryImage image = RegistryImage.named(reference);
    if (login != null) {
      return image.addCredential(login.username(), login.password());
    }
    CredentialRetrieverFactory credentials = CredentialRetrieverFactory.forImage(reference, log);
    return image.addCredentialRetriever(credentials.dockerConfig())
        .addCredentialRetriever(credentials.wellKnownCredentialHelpers());
  }

  /**
   * Fails fast when the registry cannot be reached, or is on this machine and {@code insecure} is not set (jib-core
   * has no exception for localhost and would retry HTTPS for about a minute).
   */
  static void check(ImageReference reference, String role, boolean insecure) {
    String registry = reference.getRegistry();
    String host = host(registry);
    if (isLoopback(host) && !insecure) {
      throw new ImageBuildException(Kfp4jException.Kind.IMAGE, "the " + role + " registry " + registry + " is on"
          + " this machine and most likely serves plain HTTP", "allow it with ComponentImage.Builder.insecure(true)",
          Kfp4jException.facts(Kfp4jException.Fact.REGISTRY, registry, Kfp4jException.Fact.OPTION, "insecure"), null);
    }
    if (System.getProperty("https.proxyHost") != null || System.getProperty("http.proxyHost") != null) {
      return; // reached through a proxy: a direct connection proves nothing
    }
    int port = port(registry, insecure);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    } catch (IOException e) {
      throw new ImageBuildException(Kfp4jException.Kind.SERVER, "cannot reach the " + role + " registry " + registry
          + " (" + host + ":" + port + ": " + e.getMessage() + ")", "start the registry or check the image reference"
          + (isLoopback(host) ? " (Debian: apt-get install docker-registry; it listens on 127.0.0.1:5000)"
          : "; without network access, use a base from the Docker daemon (docker://REF) or a tar (tar://PATH)"),
          Kfp4jException.facts(Kfp4jException.Fact.REGISTRY, registry), e);
    }
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
  }

  private static String host(String registry) {
    if (registry.startsWith("[")) {
      int end = registry.indexOf(']');
      return registry.substring(0, end + 1);
    }
    int colon = registry.lastIndexOf(':');
    return colon < 0 ? registry : registry.substring(0, colon);
  }

  private static int port(String registry, boolean insecure) {
    int colon = registry.lastIndexOf(':');
    if (colon > registry.lastIndexOf(']')) {
      try {
        return Integer.parseInt(registry.substring(colon + 1));
      } catch (NumberFormatException e) {
        // not a port: fall through to the default
      }
    }
    return insecure && isLoopback(host(registry)) ? 80 : 443;
  }
}
