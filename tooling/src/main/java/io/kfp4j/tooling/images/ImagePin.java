package io.kfp4j.tooling.images;

import io.kfp4j.images.BuiltImage;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.tooling.ToolingException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What an image build leaves for later compiles: the image reference the component specs were pinned to, the
 * fingerprint of the classes it holds ({@link ClasspathFingerprint}), and each spec's image before pinning, so that
 * a pin that no longer fits the classes can be taken back. Stored as a properties file.
 *
 * @param pinned the reference written into the specs: {@code REPO@sha256:…}, or an image id for the Docker daemon
 * @param name the image's name, {@code REPO:TAG}
 * @param target where the image went ({@code REF}, {@code docker://REF}, {@code tar://PATH})
 * @param fingerprint the fingerprint of the classpath the image holds
 * @param builtAt when it was built
 * @param originals each spec file's name and its image before pinning
 */
public record ImagePin(String pinned, String name, String target, String fingerprint, Instant builtAt,
    Map<String, String> originals) {
  private static final String ORIGINAL = "original.";
  /** Where a project keeps its pin, in its build folder ({@code target}). */
  public static final String FILE = "kfp4j/image.properties";

  public ImagePin {
    Objects.requireNonNull(pinned, "pinned");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(builtAt, "builtAt");
    originals = Map.copyOf(originals);
  }

  /** The pin of a built image. */
  public static ImagePin of(BuiltImage built, String fingerprint, Map<String, String> originals) {
    return new ImagePin(built.pinned(), built.name(), built.target().toString(), fingerprint, Instant.now(),
        originals);
  }

  /**
   * Whether a cluster can pull the pinned image: not when it went to the Docker daemon, whose pin is an image id
   * that only that daemon knows.
   */
  public boolean pullable() {
    return !target.startsWith(ImageLocation.DOCKER_PREFIX);
  }

  /** The pin file of a project whose build folder ({@code target}) is this. */
  public static Path fileIn(Path buildDirectory) {
    return buildDirectory.resolve(FILE);
  }

  /**
   * Why a pin by Docker daemon id is no use on a cluster; front ends add how to push to a registry instead.
   */
  public String notPullable() {
    return notPullable(pinned, target);
  }

  /** {@link #notPullable()} of an image pinned by this id, built to this target. */
  public static String notPullable(String pinned, String target) {
    return "the component specs name " + pinned + ", the id of an image in this machine's Docker daemon (" + target
        + "): no cluster can pull it. Push the image to a registry for KFP";
  }

  /** The image a spec file had before it was pinned, or {@code null} when this pin did not record it. */
  public String original(String specFileName) {
    return originals.get(specFileName);
  }

  /**
   * The pin in the file, if there is one.
   *
   * @throws ToolingException when it is there but cannot be read or lacks a field
   */
  public static Optional<ImagePin> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties values = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ToolingException(Kind.IO, "cannot read the image pin " + file + ": " + e.getMessage()
          + "; delete it and build the image again", e);
    }
    Map<String, String> originals = new TreeMap<>();
    for (String key : values.stringPropertyNames()) {
      if (key.startsWith(ORIGINAL)) {
        originals.put(key.substring(ORIGINAL.length()), values.getProperty(key));
      }
    }
    try {
      return Optional.of(new ImagePin(required(values, "pinned", file), required(values, "name", file),
          required(values, "target", file), required(values, "fingerprint", file),
          Instant.parse(required(values, "built", file)), originals));
    } catch (DateTimeParseException e) {
      throw new ToolingException(Kind.IO, "the image pin " + file + " has no valid built time (" + e.getParsedString()
          + "); delete it and build the image again", e);
    }
  }

  /**
   * Writes the pin, creating missing folders.
   *
   * @throws ToolingException when it cannot be written
   */
  public void write(Path file) {
    Properties values = new Properties();
    values.setProperty("pinned", pinned);
    values.setProperty("name", name);
    values.setProperty("target", target);
    values.setProperty("fingerprint", fingerprint);
    values.setProperty("built", builtAt.toString());
    originals.forEach((spec, image) -> values.setProperty(ORIGINAL + spec, image));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        values.store(out, "the image kfp4j built from these classes; compiles pin the component specs to it while"
            + " the classes stay the same");
      }
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot write the image pin " + file + ": " + e.getMessage(), e);
    }
  }

  private static String required(Properties values, String key, Path file) {
    String value = values.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new ToolingException(Kind.IO, "the image pin " + file + " has no " + key
          + "; delete it and build the image again");
    }
    return value;
  }
}
