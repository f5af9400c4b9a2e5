package io.kfp4j.ui.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a run store, and only those: every path the UI serves is resolved here, and one that leads outside
 * the store's root (through {@code ..}, an absolute path or a symbolic link) is refused.
 */
public final class StoreFiles {
  private final Path root;

  /** The files under a store's root. */
  public StoreFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The store's root. */
  public Path root() {
    return root;
  }

  /** The existing file or folder a store-relative path names, when it lies inside the store. */
  public Optional<Path> resolve(String relative) {
    if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.contains("\\")) {
      return Optional.empty();
    }
    try {
      Path given = Path.of(relative);
      if (given.isAbsolute()) {
        return Optional.empty();
      }
      return inside(root.resolve(given).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The file a task record names (an absolute path when it was written), inside this store: as recorded, or when
   * the store has moved since, the same {@code runs/...} path under this root.
   */
  public Optional<Path> recorded(String path) {
    if (path == null) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(path).normalize();
      Optional<Path> direct = p.isAbsolute() ? inside(p) : Optional.empty();
      if (direct.isPresent()) {
        return direct;
      }
      for (int i = p.getNameCount() - 1; i >= 0; i--) { // a task may be named runs too: try each
        if (p.getName(i).toString().equals("runs") && i + 1 < p.getNameCount()) {
          Optional<Path> moved = inside(root.resolve(p.subpath(i, p.getNameCount()).toString()).normalize());
          if (moved.isPresent()) {
            return moved;
          }
        }
      }
    } catch (InvalidPathException e) {
      // not a path: nothing to show
    }
    return Optional.empty();
  }

  /** A file's path from the root, with {@code /} between names. */
  public String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace(java.io.File.separatorChar, '/');
  }

  /** The start of a file as text, or that it is binary; never more than {@code maxBytes} read. */
  public static FileText read(Path file, int maxBytes) throws IOException {
    long size = Files.size(file);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(size, maxBytes));
    }
    boolean cut = size > bytes.length;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return new FileText(null, size, cut);
      }
    }
    int length = bytes.length;
    if (cut && length > 0) { // do not let a cut through a multi-byte character make the text look binary
      int lead = length - 1;
      while (lead > 0 && lead > length - 4 && (bytes[lead] & 0xC0) == 0x80) {
        lead--;
      }
      int b = bytes[lead] & 0xFF;
      int needed = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
      if (needed > length - lead) { // the last character is incomplete: leave it out, keep a whole one
        length = lead;
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      return new FileText(text, size, cut);
    } catch (CharacterCodingException e) {
      return new FileText(null, size, cut);
    }
  }

  /**
   * The end of a text file, at most {@code maxBytes} of it, led by a note of how much came before when it is cut.
   * Bytes that are not UTF-8 (a program printing in another encoding, a character cut at the start) show as
   * replacement characters, so such a log still shows.
   */
  public static String tail(Path file, int maxBytes) throws IOException {
    long size = Files.size(file);
    if (size <= maxBytes) {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
    try (var channel = Files.newByteChannel(file)) {
      channel.position(size - maxBytes);
      ByteBuffer buffer = ByteBuffer.allocate(maxBytes);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // read to the end
      }
      return "… (" + Format.size(size - maxBytes) + " before this)\n"
          + new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The start of a file.
   *
   * @param text its text, or {@code null} when it is not UTF-8 text
   * @param size its whole size in bytes
   * @param cut whether the text stops before the end of the file
   */
  public record FileText(String text, long size, boolean cut) {
    /** Whether the file is not text. */
    public boolean binary() {
      return text == null;
    }
  }

  private Optional<Path> inside(Path candidate) {
    if (!candidate.startsWith(root) || !Files.exists(candidate)) {
      return Optional.empty();
    }
    try {
      Path real = candidate.toRealPath();
      return real.startsWith(root.toRealPath()) ? Optional.of(candidate) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
