package io.kfp4j.cli.project;

import io.kfp4j.tooling.project.ProjectRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A module's resolved dependencies, kept in {@code target/kfp4j/classpath.txt} under a key: the hash of the
 * content of its {@code pom.xml} files (the module's up to the build's root). A pom that changes, a cache of another
 * key, or a listed jar that is gone (a cleaned local repository) makes the cache stale, so Maven is asked again.
 *
 * <p>The file is text: a comment line, {@code key <sha-256>}, then one classpath entry per line.
 */
record ClasspathCache(Path file, String key) {
  /** Where the cache is, in the module. */
  static final String PATH = "target/kfp4j/classpath.txt";
  private static final String KEY = "key ";
  private static final String HEADER = "# kfp4j: the module's runtime dependencies as Maven resolved them;"
      + " asked again when a pom.xml changes, or when this file is deleted";

  /** The cache of the module, keyed by its pom files as they are now. */
  static ClasspathCache of(ProjectRoot project) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    digest.update("runtime\n".getBytes(StandardCharsets.UTF_8));
    for (Path pom : project.poms()) {
      digest.update(project.root().relativize(pom).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(pom));
      digest.update((byte) 0);
    }
    return new ClasspathCache(project.module().resolve(PATH), HexFormat.of().formatHex(digest.digest()));
  }

  /** The cached entries, if the file is there, holds this key, and every entry still exists. */
  Optional<List<Path>> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    int keyLine = lines.indexOf(KEY + key);
    if (keyLine < 0) {
      return Optional.empty();
    }
    List<Path> entries = new ArrayList<>();
    for (String line : lines.subList(keyLine + 1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Path entry = Path.of(line);
        if (!Files.exists(entry)) {
          return Optional.empty();
        }
        entries.add(entry);
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(entries));
  }

  /** Writes the entries under this key, replacing the file whole. */
  void write(List<Path> entries) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(KEY + key);
    entries.forEach(e -> lines.add(e.toString()));
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "classpath", ".tmp");
    try {
      Files.write(temp, lines, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
