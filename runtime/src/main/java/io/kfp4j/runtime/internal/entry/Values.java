package io.kfp4j.runtime.internal.entry;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.runtime.types.BooleanType;
import io.kfp4j.runtime.types.FloatType;
import io.kfp4j.runtime.types.IntegerType;
import io.kfp4j.runtime.types.KfpType;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.runtime.types.StringType;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Converts argument text to the Java types component methods take, and return values to the text KFP expects,
 * reading and writing exactly what KFP's Python components do ({@code True}, {@code 1e-05}, sorted JSON).
 * Every failure is an {@link ArgumentException} naming the flag, the value and the expected type.
 */
public final class Values {
  private Values() {}

  /**
   * The JSON mapper, created on first use only: building it loads some 400 Jackson classes (about 0.1 s of the
   * launcher's start), which components that take no JSON input never need.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // as Python's json.loads: text after the value is an error ("Extra data"), not ignored
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // 2.5 for an int would silently become 2; refused, as toInt refuses "2.5"
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // an integer inside a Map<String, Object> or List<Object> is a Long, as PythonJson.loads reads it, whatever
        // its size (an Integer for small ones would make equal JSON compare unequal)
        .enable(DeserializationFeature.USE_LONG_FOR_INTS)
        .build();
  }

  /** The text of an input, or its default text when absent ({@code null} default: absent stays null). */
  public static String text(ParsedArguments args, String input, String defaultText) {
    String value = args.value(input);
    return value != null ? value : defaultText;
  }

  /** A KFP Integer as a long. */
  public static long toLong(String text, String input) {
    try {
      return (Long) IntegerType.INSTANCE.deserialize(text);
    } catch (TypeConversionException | ClassCastException e) {
      throw bad(input, text, "an Integer such as 42");
    }
  }

  /** A KFP Integer as an int. */
  public static int toInt(String text, String input) {
    long value = toLong(text, input);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw bad(input, text, "an Integer that fits in a Java int (use long for larger values)");
    }
    return (int) value;
  }

  /** A KFP Float as a double (reads {@code 1}, {@code 1.5}, {@code 1e-05}, {@code inf}, {@code nan}). */
  public static double toDouble(String text, String input) {
    try {
      return (Double) FloatType.INSTANCE.deserialize(text);
    } catch (TypeConversionException | ClassCastException e) {
      throw bad(input, text, "a Float such as 1.5");
    }
  }

  /** A KFP Float as a float. */
  public static float toFloat(String text, String input) {
    return (float) toDouble(text, input);
  }

  /** A KFP Boolean (reads every spelling Python's {@code strtobool} accepts). */
  public static boolean toBoolean(String text, String input) {
    try {
      return (Boolean) BooleanType.INSTANCE.deserialize(text);
    } catch (TypeConversionException | ClassCastException e) {
      throw bad(input, text, "a Boolean: True or False (or y/yes/t/true/on/1, n/no/f/false/off/0)");
    }
  }

  /**
   * JSON text as any Jackson-mappable type: lists, maps, records, Jackson trees ({@code JsonNode}, {@code ObjectNode},
   * {@code ArrayNode}). Inside {@code Object}-typed elements, integers are {@code Long}s (or {@code BigInteger}s),
   * other numbers {@code Double}s, objects {@code LinkedHashMap}s and arrays {@code ArrayList}s.
   */
  public static <T> T fromJson(String text, String input, TypeReference<T> type) {
    return fromJson(text, input, type.getType());
  }

  /**
   * JSON text as the Java type {@code type} ({@code Double.class}, {@link JavaTypes#parameterized}), read as
   * {@link #fromJson(String, String, TypeReference)} reads it.
   */
  @SuppressWarnings("unchecked")
  public static <T> T fromJson(String text, String input, Type type) {
    try {
      return (T) Json.MAPPER.readValue(text, Json.MAPPER.constructType(type));
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw bad(input, text, "JSON for " + type.getTypeName() + " (" + why + ")");
    }
  }

  /** A returned value as KFP text for its type: {@code String}, {@code Integer}, {@code Float} or {@code Boolean}. */
  public static String serialize(Object value, String kfpType, String output) {
    Object checked = requireValue(value, output);
    if (checked instanceof String s) {
      return s;  // already serialized, as TypeRegistry.serialize has it
    }
    KfpType scalar = scalarType(kfpType);
    if (scalar != null) {
      try {
        String text = scalar.serialize(checked);
        if (text != null) {
          return text;
        }
      } catch (RuntimeException e) {
        // the registry below fails the same way, with its message
      }
    }
    return TypeRegistry.standard().serialize(checked, kfpType);
  }

  /**
   * The standard registry's type of a scalar KFP type name, or null. Serializing a result directly with it spares
   * the launcher the registry's set-up, about 10 ms of start-up (it compiles a Unicode regular expression).
   */
  private static KfpType scalarType(String kfpType) {
    if (kfpType == null) {
      return null;
    }
    switch (kfpType) {
      case "String":
        return StringType.INSTANCE;
      case "Integer":
        return IntegerType.INSTANCE;
      case "Float":
        return FloatType.INSTANCE;
      case "Boolean":
        return BooleanType.INSTANCE;
      default:
        return null;
    }
  }

  /** A returned value as JSON with sorted keys and Python's separators, whatever its KFP type name. */
  public static String toJson(Object value, String output) {
    return PythonJson.dumps(requireValue(value, output));
  }

  private static Object requireValue(Object value, String output) {
    if (value == null) {
      throw new IllegalStateException("the component returned null for output \"" + output
          + "\"; every output needs a value (return Optional-free, non-null values)");
    }
    return value;
  }

  private static ArgumentException bad(String input, String text, String expected) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return new ArgumentException(input, "cannot read \"" + shown + "\" as " + expected);
  }
}
