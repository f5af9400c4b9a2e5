package io.kfp4j.runtime.internal.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command line checked against an entry's flags: every flag known, given once, with a value; every required
 * flag present. Values are kept as text; {@link Values} converts them.
 *
 * <p>The launcher's path avoids lambdas, streams and {@code +} on strings (an invokedynamic each): their first
 * use costs milliseconds of the task's start-up. Messages for errors use them freely.
 */
public final class ParsedArguments {
  private final Map<String, Flag> flags;
  private final Map<String, String> values;

  private ParsedArguments(Map<String, Flag> flags, Map<String, String> values) {
    this.flags = flags;
    this.values = values;
  }

  /**
   * Parses {@code --flag value} pairs.
   *
   * @throws ArgumentException naming the flag and what was wrong
   */
  public static ParsedArguments parse(List<Flag> declared, List<String> argv) {
    Map<String, Flag> byFlag = new LinkedHashMap<>();
    for (Flag f : declared) {
      byFlag.put(f.flag(), f);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < argv.size(); i += 2) {
      String flag = argv.get(i);
      Flag known = byFlag.get(flag);
      if (known == null) {
        throw new ArgumentException("unknown flag " + quote(flag) + "; the flags are: "
            + String.join(" ", byFlag.keySet()));
      }
      if (i + 1 >= argv.size()) {
        throw new ArgumentException("flag " + flag + " needs a value (" + describe(known) + ")");
      }
      if (values.put(flag, argv.get(i + 1)) != null) {
        throw new ArgumentException("flag " + flag + " is given twice; give it once");
      }
    }
    List<String> missing = new ArrayList<>();
    for (Flag f : declared) {
      if (f.required() && !values.containsKey(f.flag())) {
        missing.add(f.flag() + " (" + describe(f) + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new ArgumentException("missing required flag" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing));
    }
    return new ParsedArguments(byFlag, values);
  }

  /** Whether the input was given. */
  public boolean has(String inputName) {
    return values.containsKey(inputFlag(inputName));
  }

  /** The text of an input passed by value, or {@code null} when absent. */
  public String value(String inputName) {
    return values.get(inputFlag(inputName));
  }

  /** The file of an input passed as a path, or {@code null} when absent. */
  public Path inputPath(String inputName) {
    String path = values.get(inputFlag(inputName));
    return path == null ? null : Path.of(path);
  }

  /** Where an output goes. */
  public Path outputPath(String outputName) {
    return Path.of(values.get("--out-".concat(outputName)));
  }

  /** The declared flag of an input, for messages. */
  public Flag input(String inputName) {
    return flags.get(inputFlag(inputName));
  }

  /** A usage line for messages: every flag with its kind and type. */
  public static String usage(String component, List<Flag> flags) {
    return "usage: " + component + " " + flags.stream()
        .map(f -> (f.required() ? "" : "[") + f.flag() + " <" + describe(f) + ">" + (f.required() ? "" : "]"))
        .collect(Collectors.joining(" "));
  }

  private static String describe(Flag f) {
    String type = f.kfpType() == null ? "" : " " + f.kfpType();
    return switch (f.kind()) {
      case VALUE -> (f.kfpType() == null ? "text" : f.kfpType()) + " value";
      case INPUT_PATH -> "path of a" + type + " file to read";
      case OUTPUT_PATH -> "path to write the" + type + " output to";
    };
  }

  private static String inputFlag(String inputName) {
    return "--".concat(inputName);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
