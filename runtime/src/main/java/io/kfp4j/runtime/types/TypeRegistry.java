package io.kfp4j.runtime.types;

import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable lookup of {@link KfpType}s by name or alias, with KFP's {@code serialize_value} rules. Start from
 * {@link #standard()} and add your own types with {@link #with(KfpType)}.
 */
public final class TypeRegistry {
  private static final Pattern SHORT_NAME =
      Pattern.compile("(typing\\.)?(\\w+)(\\[.+\\])?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final TypeRegistry STANDARD = new TypeRegistry(Map.of())
      .with(StringType.INSTANCE)
      .with(IntegerType.INSTANCE)
      .with(FloatType.INSTANCE)
      .with(BooleanType.INSTANCE)
      .with(JsonType.JSON_ARRAY)
      .with(JsonType.JSON_OBJECT)
      .with(JsonType.JSON);

  private final Map<String, KfpType> byName;

  private TypeRegistry(Map<String, KfpType> byName) {
    this.byName = byName;
  }

  /** KFP 1.8.22's types: String, Integer, Float, Boolean, JsonArray, JsonObject and Json, with their aliases. */
  public static TypeRegistry standard() {
    return STANDARD;
  }

  /** A registry without types: every value must be passed already serialized. */
  public static TypeRegistry empty() {
    return new TypeRegistry(Map.of());
  }

  /** A new registry that also has {@code type}; its name and aliases replace any earlier type's. */
  public TypeRegistry with(KfpType type) {
    Objects.requireNonNull(type, "type");
    Map<String, KfpType> names = new LinkedHashMap<>(byName);
    names.put(requireName(type.name(), type), type);
    for (String alias : type.aliases()) {
      names.put(requireName(alias, type), type);
    }
    return new TypeRegistry(Map.copyOf(names));
  }

  private static String requireName(String name, KfpType type) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("KfpType " + type.getClass().getTypeName() + " has a null or blank name");
    }
    return name;
  }

  /**
   * The type registered under {@code typeName}, else under its short name as KFP reads it (regex
   * {@code (typing\.)?(\w+)(\[.+\])?} matched at the start), so {@code typing.List[int]} finds {@code List}.
   */
  public Optional<KfpType> find(String typeName) {
    if (typeName == null) {
      return Optional.empty();
    }
    KfpType exact = byName.get(typeName);
    return exact != null ? Optional.of(exact) : Optional.ofNullable(byName.get(shortName(typeName)));
  }

  /** KFP's {@code get_short_type_name}: {@code typing.Dict[str, int]} to {@code Dict}; unmatched names unchanged. */
  static String shortName(String typeName) {
    Matcher m = SHORT_NAME.matcher(typeName);
    return m.lookingAt() ? m.group(2) : typeName;
  }

  /**
   * KFP's {@code serialize_value}: a String passes through unchanged (it is already serialized); otherwise the type
   * named {@code typeName} serializes it. A null {@code typeName} is inferred from the Java value: Integer, Long,
   * Short, Byte or BigInteger as Integer; Double, Float as Float; Boolean; Collection or array as JsonArray; Map as
   * JsonObject; else the class's simple name, which finds a type only if one is registered under it.
   *
   * @throws TypeConversionException if no type is registered for the name, or the type rejects the value
   */
  public String serialize(Object value, String typeName) {
    if (value instanceof String s) {
      return s;
    }
    String name = typeName != null ? typeName : inferTypeName(value);
    KfpType type = find(name).orElseThrow(() -> noSerializer(value, name, typeName == null));
    String text;
    try {
      text = type.serialize(value);
    } catch (TypeConversionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TypeConversionException.serializing(value, name, "the serializer of " + type + " failed: " + e, e);
    }
    if (text == null) {
      throw TypeConversionException.serializing(value, name, "the serializer of " + type + " returned null", null);
    }
    return text;
  }

  /**
   * The Java value a Python component would get from {@code text} for an input of {@code typeName}; for a null or
   * unregistered type the text itself, as KFP passes such inputs as {@code str}.
   *
   * @throws TypeConversionException if the type rejects the text
   */
  public Object deserialize(String text, String typeName) {
    Objects.requireNonNull(text, "text to deserialize must not be null");
    Optional<KfpType> type = find(typeName);
    if (type.isEmpty()) {
      return text;
    }
    try {
      return type.get().deserialize(text);
    } catch (TypeConversionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TypeConversionException.deserializing(text, typeName,
          "the deserializer of " + type.get() + " failed: " + e, e);
    }
  }

  private static String inferTypeName(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && PythonFloat.isIntegral(n)) {
      return "Integer";
    }
    if (value instanceof Double || value instanceof Float) {
      return "Float";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof Collection || value.getClass().isArray()) {
      return "JsonArray";
    }
    if (value instanceof Map) {
      return "JsonObject";
    }
    String simple = value.getClass().getSimpleName();
    return simple.isEmpty() ? value.getClass().getTypeName() : simple;
  }

  private TypeConversionException noSerializer(Object value, String name, boolean inferred) {
    if (name == null) {
      return new TypeConversionException("Value null has no type name to serialize it with: pass a type name such as"
          + " \"Json\" (null is written as JSON null), or pass the value already serialized as a String", null, null);
    }
    String origin = inferred ? " (inferred from the Java type of the value, as no type name was given)" : "";
    return new TypeConversionException("There are no registered serializers for type \"" + name + "\"" + origin
        + ". Pass the value " + TypeConversionException.describe(value) + " already serialized as a String, or"
        + " register a KfpType named \"" + name + "\" with TypeRegistry.with(...). Registered types: "
        + typeNames(), name, null);
  }

  @Override
  public String toString() {
    return "TypeRegistry[" + typeNames() + "]";
  }

  /** Canonical names of the registered types, sorted. */
  private String typeNames() {
    TreeSet<String> names = new TreeSet<>();
    byName.values().forEach(type -> names.add(type.name()));
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
