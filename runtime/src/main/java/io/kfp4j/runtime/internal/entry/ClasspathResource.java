package io.kfp4j.runtime.internal.entry;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a resource straight from the folders and jars of {@code java.class.path}, in their order, as the
 * application class loader would find it. The class loader asks the JDK's modules first, and for a name outside
 * their packages (as {@code META-INF/...}) that opens the runtime image's reader and searches every module: about
 * 4 ms of a launcher's start, for a resource that is never there.
 */
final class ClasspathResource {
  private ClasspathResource() {}

  /**
   * The resource's bytes from the first class path entry that has it, or {@code null} when none has it (the
   * caller then asks its class loader, which also sees what manifests' {@code Class-Path} add).
   *
   * @throws IOException when an entry that has the resource cannot be read
   */
  static byte[] read(String name) throws IOException {
    String classpath = System.getProperty("java.class.path");
    if (classpath == null || classpath.isEmpty()) {
      return null;
    }
    for (String entry : classpath.split(File.pathSeparator)) {
      File file = new File(entry.isEmpty() ? "." : entry);
      if (file.isDirectory()) {
        File resource = new File(file, name);
        if (resource.isFile()) {
          try (InputStream in = new FileInputStream(resource)) {
            return in.readAllBytes();
          }
        }
      } else if (file.isFile()) {
        byte[] bytes = fromJar(file, name);
        if (bytes != null) {
          return bytes;
        }
      }
    }
    return null;
  }

  private static byte[] fromJar(File jar, String name) throws IOException {
    try (ZipFile zip = new ZipFile(jar)) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null || entry.isDirectory()) {
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return in.readAllBytes();
      }
    } catch (java.util.zip.ZipException e) {
      return null; // not a jar: the class loader skips it too
    }
  }
}
