package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads files with the deserializers of KFP 1.8.22's Python components ({@code _data_passing.py}): {@code str},
 * {@code int}, {@code float}, {@code _deserialize_bool} ({@code strtobool(s) == 1}) and {@code json.loads}, in
 * {@code python3}, and gives back the {@code repr} of each value.
 */
final class KfpPython {
  /** The deserializers; strtobool is distutils' own, inline because Python 3.12 no longer has distutils. */
  private static final String SCRIPT = """
      import json
      import sys

      def strtobool(val):
          val = val.lower()
          if val in ('y', 'yes', 't', 'true', 'on', '1'):
              return 1
          elif val in ('n', 'no', 'f', 'false', 'off', '0'):
              return 0
          else:
              raise ValueError("invalid truth value %r" % (val,))

      def _deserialize_bool(s) -> bool:
          return strtobool(s) == 1

      DESERIALIZERS = {
          'String': str,
          'Integer': int,
          'Float': float,
          'Boolean': _deserialize_bool,
          'JsonArray': json.loads,
          'JsonObject': json.loads,
      }

      for type_name, path in zip(sys.argv[1::2], sys.argv[2::2]):
          with open(path, encoding='utf-8') as f:
              text = f.read()
          print(repr(DESERIALIZERS[type_name](text)))
      """;

  private KfpPython() {}

  /** A file and the KFP type to read it as. */
  record Read(String kfpType, Path file) {}

  /** The {@code repr} of each file's value as Python's KFP components read it, in order. */
  static List<String> read(List<Read> reads) {
    List<String> command = new ArrayList<>(List.of("python3", "-c", SCRIPT));
    reads.forEach(r -> command.addAll(List.of(r.kfpType(), r.file().toString())));
    try {
      Path logs = Files.createTempDirectory("kfp4j-python");
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(logs.resolve("stdout").toFile())
          .redirectError(logs.resolve("stderr").toFile());
      builder.environment().put("PYTHONIOENCODING", "utf-8");
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new AssertionError("the cross-language tests need python3 on the PATH (.ci/run installs it): " + e, e);
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail("python3 did not finish within 30 s");
      }
      String stdout = Files.readString(logs.resolve("stdout"), StandardCharsets.UTF_8);
      String stderr = Files.readString(logs.resolve("stderr"), StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), () -> "python3 could not read the files:\n" + stderr);
      return stdout.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running python3", e);
    }
  }
}
