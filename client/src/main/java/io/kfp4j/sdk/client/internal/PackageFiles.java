package io.kfp4j.sdk.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Pipeline package files as kfp reads them: YAML, or a zip or gzipped tar archive holding the YAML. */
public final class PackageFiles {
  private static final String PACKAGE_ENTRY = "pipeline.yaml";

  private PackageFiles() {}

  /**
   * The YAML text of a package file: a {@code .yaml}/{@code .yml} file, or the {@code pipeline.yaml} (else the one
   * {@code .yaml} file) of a {@code .zip}, {@code .tar.gz} or {@code .tgz} archive.
   *
   * @throws IllegalArgumentException naming the file when its name or content is not a package's
   * @throws UncheckedIOException when it cannot be read
   */
  public static String yamlText(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      Map<String, byte[]> entries;
      if (name.endsWith(".zip")) {
        entries = unzip(bytes);
      } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
        entries = untar(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes());
      } else {
        throw new IllegalArgumentException("cannot read the pipeline package " + file + ": the name must end with"
            + " .yaml, .yml, .zip, .tar.gz or .tgz");
      }
      return new String(pick(entries, file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pipeline package " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] pick(Map<String, byte[]> entries, Path file) {
    if (entries.containsKey(PACKAGE_ENTRY)) {
      return entries.get(PACKAGE_ENTRY);
    }
    List<String> yamls = new ArrayList<>(entries.keySet().stream().filter(n -> n.endsWith(".yaml")).toList());
    if (yamls.size() != 1) {
      throw new IllegalArgumentException("the pipeline package " + file + " must hold pipeline.yaml or exactly one"
          + " .yaml file; it holds " + entries.keySet());
    }
    return entries.get(yamls.get(0));
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** The regular files of a ustar archive. */
  private static Map<String, byte[]> untar(byte[] tar) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int at = 0;
    while (at + 512 <= tar.length && tar[at] != 0) {
      String name = field(tar, at, 100);
      String prefix = field(tar, at + 345, 155);
      long size = Long.parseLong(field(tar, at + 124, 12).trim().isEmpty() ? "0" : field(tar, at + 124, 12).trim(), 8);
      byte type = tar[at + 156];
      int data = at + 512;
      if (data + size > tar.length) {
        throw new IOException("the tar archive is truncated");
      }
      if (type == '0' || type == 0) {
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        entries.put(full.startsWith("./") ? full.substring(2) : full,
            java.util.Arrays.copyOfRange(tar, data, data + (int) size));
      }
      at = data + (int) ((size + 511) / 512 * 512);
    }
    return entries;
  }

  private static String field(byte[] tar, int offset, int length) {
    int end = offset;
    while (end < offset + length && tar[end] != 0) {
      end++;
    }
    return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
  }
}
