package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text travels from the command line through a String component to its output file exactly, byte for byte. */
class StringRoundTripTest {
  private static final String NON_ASCII = "café, 日本, 😀, e\u0301, \u00a0nbsp, ∑ – “quotes”";

  @TempDir
  Path dir;

  @BeforeAll
  static void theTestJvmPassesArgumentsAsUtf8() {
    // Java encodes a child's arguments with the locale's charset: in a POSIX locale é would leave as "?".
    // The launcher pom runs the tests with LC_ALL=C.UTF-8.
    assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
        "the test JVM must run in a UTF-8 locale to pass non-ASCII arguments to the launcher (LC_ALL=C.UTF-8)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "  spaces  inside and around\tand\ttabs\t",
      "line one\nline two\r\nlast line\n",
      "quotes \" ' ` and backslashes \\ \\n \\\\ \\\" and shell $HOME ${x} $(ls) ; * | > <",
      NON_ASCII,
      "--help",
      "--text"})
  void echoReturnsItsInputUnchanged(String text) {
    ComponentRun run = ComponentRun.run("echo", Map.of("text", text), dir).assertSucceeded();
    assertEquals(text, run.output("Output"));
  }

  @Test
  void greetKeepsNonAsciiNamesAndTitles() {
    Map<String, String> arguments = Map.of("name", "José 山田 🙂", "greeting", "¡Hola", "title", "Sr.\tDr.");
    assertEquals("¡Hola, Sr.\tDr. José 山田 🙂.",
        ComponentRun.run("greet", arguments, dir).assertSucceeded().output("Output"));
  }

  @Test
  void nonAsciiArgumentsSurviveAPosixLocaleInTheContainer() {
    // Images often set no locale: the JVM then decodes its arguments as ASCII; KFP passes them as UTF-8.
    Map<String, String> environment = new HashMap<>();
    environment.put("LC_ALL", "POSIX");
    environment.put("LANG", null);
    environment.put("LC_CTYPE", null);
    var line = ComponentRun.resolve("echo", Map.of("text", NON_ASCII), dir);
    ComponentRun run = ComponentRun.exec(line, line.commandLine(), environment).assertSucceeded();
    assertEquals(NON_ASCII, run.output("Output"));
  }
}
