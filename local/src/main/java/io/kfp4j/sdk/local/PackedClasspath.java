package io.kfp4j.sdk.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A classpath whose folders are packed into jars, since the JVM archives classes for class data sharing only from
 * jars (JDK 17 refuses a non-empty folder: "Cannot have non-empty directory in paths"). Each folder becomes one
 * jar in its place, so the order of the classpath, and which class wins when two entries hold it, stay as they
 * were. The jars are written once per snapshot key, each to a temporary name and moved into place, so a task never
 * sees half a jar and concurrent engines write the same content.
 */
final class PackedClasspath {
  /** Folders larger than this are not copied; class data sharing is off for such a classpath. */
  static final long MAX_FOLDER_BYTES = 256L * 1024 * 1024;
  private static final String MANIFEST = "META-INF/MANIFEST.MF";

  private PackedClasspath() {}

  /**
   * The snapshot's classpath with each folder replaced by its jar in {@code folder}, writing the jars that are not
   * there yet.
   *
   * @throws IOException when a folder cannot be read or a jar cannot be written
   * @throws IllegalArgumentException when a folder cannot be packed faithfully (it has a manifest, or is too big)
   */
  static String of(ClasspathSnapshot snapshot, Path folder) throws IOException {
    List<String> entries = new ArrayList<>();
    int index = 0;
    for (ClasspathSnapshot.Entry entry : snapshot.entries()) {
      if (!entry.folder()) {
        entries.add(entry.path().toString());
        continue;
      }
      Path jar = folder.resolve(index++ + "-" + entry.path().getFileName() + ".jar");
      if (!Files.isRegularFile(jar)) {
        pack(entry, jar);
      }
      entries.add(jar.toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Writes the folder's files (and its subfolders, as {@code jar} does) into a stored jar, atomically. */
  private static void pack(ClasspathSnapshot.Entry entry, Path jar) throws IOException {
    long bytes = 0;
    for (Path file : entry.files()) {
      if (entry.path().relativize(file).toString().replace('\\', '/').equals(MANIFEST)) {
        throw new IllegalArgumentException("the classpath folder " + entry.path() + " has a " + MANIFEST
            + ", which would act as a jar's manifest once packed");
      }
      bytes += Files.size(file);
    }
    if (bytes > MAX_FOLDER_BYTES) {
      throw new IllegalArgumentException("the classpath folder " + entry.path() + " holds " + bytes / (1024 * 1024)
          + " MB, more than the " + MAX_FOLDER_BYTES / (1024 * 1024) + " MB copied into a jar");
    }
    Files.createDirectories(jar.getParent());
    Path temp = jar.resolveSibling(jar.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setMethod(ZipOutputStream.STORED);
        TreeSet<String> folders = new TreeSet<>();
        for (Path file : entry.files()) {
          Path parent = entry.path().relativize(file).getParent();
          for (Path p = parent; p != null; p = p.getParent()) {
            folders.add(p.toString().replace('\\', '/') + "/");
          }
        }
        for (String name : folders) {
          zip.putNextEntry(stored(name, new byte[0]));
          zip.closeEntry();
        }
        for (Path file : entry.files()) {
          byte[] content = Files.readAllBytes(file);
          ZipEntry zipEntry = stored(entry.path().relativize(file).toString().replace('\\', '/'), content);
          zipEntry.setLastModifiedTime(Files.getLastModifiedTime(file));
          zip.putNextEntry(zipEntry);
          zip.write(content);
          zip.closeEntry();
        }
      }
      try {
        Files.move(temp, jar, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, jar);
      }
    } catch (FileAlreadyExistsException e) {
      // another engine packed the same folder at the same time: same key, same content
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static ZipEntry stored(String name, byte[] content) {
    ZipEntry entry = new ZipEntry(name);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setCrc(crc.getValue());
    return entry;
  }
}
