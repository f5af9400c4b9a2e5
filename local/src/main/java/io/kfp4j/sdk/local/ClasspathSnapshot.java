package io.kfp4j.sdk.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A launcher task's JVM and classpath as they are on disk now: the classpath's entries (wildcards expanded as the
 * {@code java} launcher expands them, missing and empty entries left out) and a key that changes whenever the JVM,
 * its options or any class or resource on the classpath changes (each file's path, size and modification time).
 * Class data archives are kept per key.
 *
 * @param entries the classpath's jars and folders, in order
 * @param key a hex digest of the JVM, its options and the entries' files
 */
record ClasspathSnapshot(List<Entry> entries, String key) {

  /** One classpath entry: a jar (or other file), or a folder of classes with the files under it. */
  record Entry(Path path, boolean folder, List<Path> files) {}

  /**
   * Reads the classpath's entries from disk.
   *
   * @param java the {@code java} binary, by absolute path
   * @param options the JVM options the tasks start with
   * @param classpath the classpath, its entries absolute
   * @throws UncheckedIOException when an entry cannot be read
   */
  static ClasspathSnapshot of(Path java, List<String> options, String classpath) {
    MessageDigest digest = sha256();
    update(digest, "java " + java);
    update(digest, "modules " + stamp(modules(java)));
    for (String option : options) {
      update(digest, "option " + option);
    }
    List<Entry> entries = new ArrayList<>();
    for (String text : classpath.split(File.pathSeparator)) {
      if (text.isEmpty()) {
        continue;
      }
      if (text.equals("*") || text.endsWith(File.separator + "*")) {
        for (Path jar : wildcard(Path.of(text.substring(0, text.length() - 1)).toAbsolutePath().normalize())) {
          entries.add(new Entry(jar, false, List.of()));
        }
        continue;
      }
      Path path = Path.of(text).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        List<Path> files = filesUnder(path);
        if (!files.isEmpty()) {
          entries.add(new Entry(path, true, files));
        }
      } else if (Files.isRegularFile(path)) {
        entries.add(new Entry(path, false, List.of()));
      }
    }
    for (Entry entry : entries) {
      update(digest, (entry.folder() ? "folder " : "file ") + entry.path() + " " + stamp(entry.path()));
      for (Path file : entry.files()) {
        update(digest, "  " + entry.path().relativize(file) + " " + stamp(file));
      }
    }
    return new ClasspathSnapshot(List.copyOf(entries), HexFormat.of().formatHex(digest.digest()).substring(0, 24));
  }

  /** The JDK's module image beside {@code bin/java}, which changes with every JDK update. */
  private static Path modules(Path java) {
    Path real;
    try {
      real = java.toRealPath();
    } catch (IOException e) {
      real = java.toAbsolutePath();
    }
    Path bin = real.getParent();
    return bin == null ? real : bin.resolveSibling("lib").resolve("modules");
  }

  /** The jars in a folder, in the order the {@code java} launcher lists them (the folder's own order). */
  private static List<Path> wildcard(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
          .filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the jars in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The regular files under a folder, sorted. */
  private static List<Path> filesUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the classpath folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Size and modification time, or {@code missing}. */
  private static String stamp(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "missing";
    }
  }

  private static void update(MessageDigest digest, String line) {
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
