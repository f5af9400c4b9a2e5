package io.kfp4j.sdk.client;

import io.kfp4j.runtime.Kfp4jException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A bearer token, fixed or read from a file (a mounted service-account token) and read again whenever the file's
 * modification time or size changes. Its text never appears in {@link #toString()}.
 */
public final class BearerToken {
  private final String fixed;
  private final Path file;
  private String cached;
  private FileTime cachedTime;
  private long cachedSize = -1;

  private BearerToken(String fixed, Path file) {
    this.fixed = fixed;
    this.file = file;
  }

  /** A token that never changes. */
  public static BearerToken of(String token) {
    return new BearerToken(Objects.requireNonNull(token, "token").strip(), null);
  }

  /** A token read from a file (surrounding white space dropped), again whenever the file changes. */
  public static BearerToken fromFile(Path file) {
    return new BearerToken(null, Objects.requireNonNull(file, "file"));
  }

  /**
   * The current token text.
   *
   * @throws Kfp4jException ({@link Kfp4jException.Kind#IO}) naming the file when it cannot be read
   */
  public synchronized String value() {
    if (file == null) {
      return fixed;
    }
    try {
      FileTime time = Files.getLastModifiedTime(file);
      long size = Files.size(file);
      if (cached == null || !time.equals(cachedTime) || size != cachedSize) {
        cached = Files.readString(file, StandardCharsets.UTF_8).strip();
        cachedTime = time;
        cachedSize = size;
      }
      return cached;
    } catch (IOException e) {
      throw new Kfp4jException(Kfp4jException.Kind.IO, "cannot read the bearer token file " + file + " ("
          + e.getClass().getSimpleName() + ")", "check the token file (KfpConfig.Builder.tokenFile)",
          Kfp4jException.facts(Kfp4jException.Fact.FILE, file.toString(), Kfp4jException.Fact.OPTION, "token-file"), e);
    }
  }

  /** Where the token comes from, without the token itself. */
  @Override
  public String toString() {
    return file == null ? "BearerToken[***]" : "BearerToken[file=" + file + "]";
  }
}
