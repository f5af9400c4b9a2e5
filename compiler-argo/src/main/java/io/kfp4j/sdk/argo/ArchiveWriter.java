package io.kfp4j.sdk.argo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Single-file packages with fixed timestamps, so the same workflow gives the same bytes. */
final class ArchiveWriter {
  private static final int BLOCK = 512;
  /** Python's tarfile pads an archive to records of 20 blocks. */
  private static final int RECORD = 20 * BLOCK;

  private ArchiveWriter() {}

  /** A zip holding one deflated entry dated 1980-01-01, as Python's {@code ZipInfo} dates it. */
  static byte[] zip(String name, byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(name);
      entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
      entry.setMethod(ZipEntry.DEFLATED);
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A gzip-compressed ustar archive holding one file (mode 644, owner 0, time 0). */
  static byte[] tarGz(String name, byte[] data) {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    tar.writeBytes(header(name, data.length));
    tar.writeBytes(data);
    tar.writeBytes(new byte[(BLOCK - data.length % BLOCK) % BLOCK]);
    tar.writeBytes(new byte[2 * BLOCK]);
    tar.writeBytes(new byte[(RECORD - tar.size() % RECORD) % RECORD]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(tar.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] header(String name, long size) {
    byte[] h = new byte[BLOCK];
    put(h, 0, name, 100);
    put(h, 100, octal(0644, 7), 8);
    put(h, 108, octal(0, 7), 8);
    put(h, 116, octal(0, 7), 8);
    put(h, 124, octal(size, 11), 12);
    put(h, 136, octal(0, 11), 12);
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    h[156] = '0';
    put(h, 257, "ustar", 6);
    put(h, 263, "00", 2);
    put(h, 329, octal(0, 7), 8);
    put(h, 337, octal(0, 7), 8);
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, octal(sum, 6), 6);
    h[154] = 0;
    return h;
  }

  private static String octal(long value, int digits) {
    String s = Long.toOctalString(value);
    return "0".repeat(Math.max(0, digits - s.length())) + s;
  }

  private static void put(byte[] h, int offset, String text, int max) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    if (b.length > max) {
      throw new IllegalArgumentException("tar header field too long: " + text);
    }
    System.arraycopy(b, 0, h, offset, b.length);
  }
}
