package io.kfp4j.runtime.types;

import java.lang.reflect.Array;

/**
 * A value that cannot be written as, or text that cannot be read as, a KFP type. The message names the value, its
 * Java type, the KFP type and what would have been accepted.
 */
public final class TypeConversionException extends IllegalArgumentException {
  private static final int MAX_VALUE_CHARS = 200;

  private final String typeName;

  /** A conversion failure for KFP type {@code typeName} with a complete message. */
  public TypeConversionException(String message, String typeName, Throwable cause) {
    super(message, cause);
    this.typeName = typeName;
  }

  /**
   * {@code Value <value> (<java type>) cannot be serialized as KFP type "<typeName>": <reason>}.
   *
   * @param reason what went wrong and what would be accepted, e.g. "expected a Boolean, or a String already
   *     serialized"
   */
  public static TypeConversionException serializing(Object value, String typeName, String reason, Throwable cause) {
    return new TypeConversionException("Value " + describe(value) + " cannot be serialized as KFP type \"" + typeName
        + "\": " + reason, typeName, cause);
  }

  /**
   * {@code Text "<text>" cannot be deserialized as KFP type "<typeName>": <reason>}.
   *
   * @param reason what went wrong and what would be accepted
   */
  public static TypeConversionException deserializing(String text, String typeName, String reason, Throwable cause) {
    return new TypeConversionException("Text " + abbreviate(quote(text)) + " cannot be deserialized as KFP type \""
        + typeName + "\": " + reason, typeName, cause);
  }

  /** The KFP type name the conversion was for, as given (may be an alias or null). */
  public String typeName() {
    return typeName;
  }

  /** A value for a message: strings quoted, arrays listed, at most 200 characters, then its Java type. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text;
    if (value instanceof String s) {
      text = quote(s);
    } else if (value.getClass().isArray()) {
      StringBuilder items = new StringBuilder("[");
      for (int i = 0; i < Array.getLength(value) && items.length() <= MAX_VALUE_CHARS; i++) {
        items.append(i == 0 ? "" : ", ").append(describeItem(Array.get(value, i)));
      }
      text = items.append(']').toString();
    } else {
      text = String.valueOf(value);
    }
    return abbreviate(text) + " (" + value.getClass().getTypeName() + ")";
  }

  private static String describeItem(Object item) {
    return item != null && item.getClass().isArray() ? "[...]" : String.valueOf(item);
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
