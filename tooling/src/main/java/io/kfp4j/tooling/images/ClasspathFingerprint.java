package io.kfp4j.tooling.images;

import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.tooling.ToolingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of what an image of the classpath holds: every file of its class folders (by relative path and
 * content) but the component specs, which images leave out and pins rewrite, and every jar (by file name and
 * content), in classpath order. Two equal fingerprints mean the same image content; time stamps do not count.
 */
public final class ClasspathFingerprint {
  /** The folder of the component specs, relative to a class folder, with {@code /} separators. */
  static final String COMPONENTS = "META-INF/kfp4j/components/";

  private ClasspathFingerprint() {}

  /**
   * {@code sha256:HEX} of the classpath's folders and jars (kfp4j's build-time jars, which no image holds, left out).
   *
   * @throws ToolingException when a file cannot be read
   */
  public static String of(ProjectClasspath classpath) {
    MessageDigest total = sha256();
    for (Path folder : classpath.folders()) {
      update(total, "folder");
      for (Path file : files(folder)) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith(COMPONENTS)) {
          update(total, relative);
          update(total, contentDigest(file));
        }
      }
    }
    for (Path jar : classpath.jars()) {
      update(total, "jar " + jar.getFileName());
      update(total, contentDigest(jar));
    }
    return "sha256:" + HexFormat.of().formatHex(total.digest());
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new ToolingException(Kind.IO, "cannot list the classes in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String contentDigest(Path file) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot read " + file + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
