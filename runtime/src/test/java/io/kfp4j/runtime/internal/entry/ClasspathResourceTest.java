package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry index resource is read from the class path's folders and jars in their order, first match wins. */
class ClasspathResourceTest {
  private static final String NAME = "META-INF/kfp4j/entries/add";
  @TempDir
  Path dir;
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty("java.class.path");
  }

  @AfterEach
  void restore() {
    System.setProperty("java.class.path", saved);
  }

  @Test
  void firstEntryThatHasItWins() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path notAJar = Files.writeString(dir.resolve("notes.txt"), "not a jar");
    Path jar = jar(dir.resolve("a.jar"), "from.jar.Entry");
    Path folder = dir.resolve("classes");
    Files.createDirectories(folder.resolve(NAME).getParent());
    Files.writeString(folder.resolve(NAME), "from.folder.Entry");
    classpath(empty, dir.resolve("missing"), notAJar, jar, folder);
    assertArrayEquals(bytes("from.jar.Entry"), ClasspathResource.read(NAME));
    classpath(folder, jar);
    assertArrayEquals(bytes("from.folder.Entry"), ClasspathResource.read(NAME));
    classpath(empty, notAJar);
    assertNull(ClasspathResource.read(NAME));
  }

  private void classpath(Path... entries) {
    StringBuilder text = new StringBuilder();
    for (Path entry : entries) {
      text.append(text.length() == 0 ? "" : File.pathSeparator).append(entry);
    }
    System.setProperty("java.class.path", text.toString());
  }

  private static Path jar(Path file, String content) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("META-INF/kfp4j/entries/"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(NAME));
      zip.write(bytes(content));
      zip.closeEntry();
    }
    return file;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
