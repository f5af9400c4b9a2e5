package io.kfp4j.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ArgumentsTest {
  private static byte[] cmdline(String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String word : words) {
      out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    return out.toByteArray();
  }

  /** What a JVM in the POSIX locale makes of UTF-8 bytes: one U+FFFD per non-ASCII byte. */
  private static String posix(String word) {
    return new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
  }

  @Test
  void recoversTheMainArgumentsFromTheLastEntries() {
    byte[] raw = cmdline("java", "-Dx=é", "-cp", "/app", Launcher.class.getName(), "echo", "--text", "日本 😀");
    String[] args = {"echo", "--text", posix("日本 😀")};
    assertArrayEquals(new String[] {"echo", "--text", "日本 😀"},
        Utf8Arguments.recover(args, raw, StandardCharsets.US_ASCII));
  }

  @Test
  void recoversArgumentsTheJvmReadAsQuestionMarks() {
    byte[] raw = cmdline("java", "Main", "café");
    assertArrayEquals(new String[] {"café"}, Utf8Arguments.recover(new String[] {"caf??"}, raw,
        StandardCharsets.US_ASCII));
  }

  @Test
  void keepsTheArgumentsWhenTheEntriesAreNotTheSameWords() {
    String[] args = {"echo", "--text", posix("é")};
    assertSame(args, Utf8Arguments.recover(args, cmdline("java", "echo", "--txt", "é"), StandardCharsets.US_ASCII));
    assertSame(args, Utf8Arguments.recover(args, cmdline("--text", "é"), StandardCharsets.US_ASCII));
  }

  @Test
  void keepsAnArgumentThatIsNotUtf8() {
    byte[] raw = {'a', 0, (byte) 0xE9, 0};  // ISO-8859-1 é, not UTF-8
    String[] args = {"a", "\uFFFD"};
    assertArrayEquals(args, Utf8Arguments.recover(args, raw, StandardCharsets.US_ASCII));
  }
}
