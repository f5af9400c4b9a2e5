package io.kfp4j.images;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.InsecureRegistryException;
import com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;

/** jib's exceptions as one message that says what failed and what to do. */
final class JibFailures {
  private JibFailures() {}

  /** The failure of a build from {@code base} to {@code target}, explained. */
  static ImageBuildException explain(Throwable failure, ImageLocation base, ImageLocation target) {
    Throwable e = failure;
    while (e instanceof ExecutionException && e.getCause() != null) {
      e = e.getCause();
    }
    String message = oneLine(e);
    if (e instanceof RegistryUnauthorizedException u) {
      return new ImageBuildException(Kind.IMAGE, "the registry refused access to " + u.getImageReference() + " ("
          + message + ")", "log in with docker login (kfp4j reads the Docker config) or give a registry login"
          + " (ComponentImage.Builder.login)", Kfp4jException.facts(Fact.IMAGE, u.getImageReference(), Fact.OPTION,
          "login"), e);
    }
    if (e instanceof RegistryAuthenticationFailedException a) {
      return new ImageBuildException("cannot log in to " + a.getServerUrl() + " for " + a.getImageName() + " ("
          + message + "); check the user name and password, or docker login again", e);
    }
    if (e instanceof InsecureRegistryException) {
      return new ImageBuildException(Kind.IMAGE, "the registry does not serve HTTPS (" + message + ")",
          "allow plain HTTP with ComponentImage.Builder.insecure(true) (only for a registry you trust, such as one on"
          + " 127.0.0.1)", Kfp4jException.facts(Fact.OPTION, "insecure"), e);
    }
    if (e instanceof CacheDirectoryCreationException) {
      return new ImageBuildException(Kind.IO, "cannot create the layer cache folder (" + message + ")",
          "give a writable cache folder (ComponentImage.Builder.cache)", Kfp4jException.facts(Fact.OPTION, "cache"),
          e);
    }
    if (hasCause(e, UnknownHostException.class) || hasCause(e, ConnectException.class)) {
      return new ImageBuildException("cannot reach a registry (" + message + "); start it or check the image"
          + " reference", e);
    }
    if (e instanceof AccessDeniedException || e instanceof NoSuchFileException) {
      return new ImageBuildException("cannot write " + (target instanceof ImageLocation.Tar t ? t.path() : message)
          + " (" + e.getClass().getSimpleName() + "); check that the folder exists and is writable", e);
    }
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (base instanceof ImageLocation.Daemon d && lower.contains("docker save")) {
      return baseFailure("the base image " + d.reference() + " is not in the Docker daemon (" + message + ")",
          "docker load or docker pull it first, or check that the daemon runs", e);
    }
    if (target instanceof ImageLocation.Daemon && (lower.contains("docker load") || lower.contains("daemon"))) {
      return new ImageBuildException("cannot load the image into the Docker daemon (" + message + "); start the"
          + " daemon (dockerd) or build to a tar:// file instead", e);
    }
    if (base instanceof ImageLocation.Registry r && e instanceof RegistryException
        && (lower.contains("manifest") || lower.contains("not found") || lower.contains("unknown"))) {
      return baseFailure("the base image " + r.reference() + " is not in its registry (" + message + ")",
          "check its name and tag, or push it there first", e);
    }
    if (base instanceof ImageLocation.Tar t && lower.contains("tar")) {
      return baseFailure("cannot read the base image tar " + t.path() + " (" + message + ")",
          "it must be a docker save tar (not an OCI layout or a gzipped tar)", e);
    }
    return new ImageBuildException("the image build failed: " + message, e);
  }

  /** A failure of the base image: the {@link Fact#OPTION} {@code base} lets a front end name its own option. */
  static ImageBuildException baseFailure(String problem, String fix, Throwable cause) {
    return new ImageBuildException(Kind.IMAGE, problem, fix, Kfp4jException.facts(Fact.OPTION, "base"), cause);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return String.join(" ", text.strip().split("\\R"));
  }
}
