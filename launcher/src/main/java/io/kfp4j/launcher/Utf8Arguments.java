package io.kfp4j.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's arguments as UTF-8. KFP passes arguments as UTF-8 bytes, but the JVM decodes them with the
 * locale's charset ({@code sun.jnu.encoding}), and images often set no locale: in the POSIX locale every
 * non-ASCII byte becomes U+FFFD, and the text is lost. On Linux the bytes are still in {@code /proc/self/cmdline},
 * where main's arguments are the last entries; they are decoded again as UTF-8 when the JVM did not use UTF-8.
 */
final class Utf8Arguments {
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Utf8Arguments() {}

  /** The arguments decoded as UTF-8, or {@code args} unchanged when they need no recovery or cannot be recovered. */
  static String[] recover(String[] args) {
    Charset jvm = charset(System.getProperty("sun.jnu.encoding"));
    if (jvm == null || jvm.equals(StandardCharsets.UTF_8) || ascii(args)) {
      return args;
    }
    try {
      return recover(args, Files.readAllBytes(CMDLINE), jvm);
    } catch (IOException | RuntimeException e) {
      return args;  // not Linux, or /proc not mounted: keep what the JVM decoded
    }
  }

  /**
   * Replaces each argument by its UTF-8 decoding from {@code cmdline} (NUL-terminated entries) when its last
   * entries decode with {@code jvm} to exactly {@code args}, which makes sure they are the same words.
   */
  static String[] recover(String[] args, byte[] cmdline, Charset jvm) {
    List<byte[]> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        entries.add(Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (start < cmdline.length) {
      entries.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
    }
    if (entries.size() < args.length) {
      return args;
    }
    List<byte[]> mine = entries.subList(entries.size() - args.length, entries.size());
    String[] recovered = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      if (!sameWord(mine.get(i), args[i], jvm)) {
        return args;
      }
      try {
        recovered[i] = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(mine.get(i))).toString();
      } catch (CharacterCodingException e) {
        recovered[i] = args[i];  // not UTF-8 after all: keep the JVM's reading
      }
    }
    return recovered;
  }

  /** Whether the JVM read {@code raw} as {@code arg}: decoded with its charset, or with {@code ?} for non-ASCII. */
  private static boolean sameWord(byte[] raw, String arg, Charset jvm) {
    if (new String(raw, jvm).equals(arg)) {
      return true;
    }
    StringBuilder questionMarks = new StringBuilder(raw.length);
    for (byte b : raw) {
      questionMarks.append(b >= 0 ? (char) b : '?');
    }
    return questionMarks.toString().equals(arg);
  }

  /** Plain loops: a lambda's first use would cost the launcher's start-up a few milliseconds. */
  private static boolean ascii(String[] args) {
    for (String arg : args) {
      for (int i = 0; i < arg.length(); i++) {
        if (arg.charAt(i) >= 0x80) {
          return false;
        }
      }
    }
    return true;
  }

  private static Charset charset(String name) {
    try {
      return name == null ? null : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
