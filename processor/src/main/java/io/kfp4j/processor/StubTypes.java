package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.kfp4j.runtime.spec.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Java types of a shared component's inputs and outputs: KFP's own types map to the Java types that authored
 * components' factories use too ({@link TypeMapper}: {@code Integer} to {@code Integer}, {@code Float} to
 * {@code Double}, {@code JsonObject} to {@code Map<String, Object>}, ...), so that outputs of either feed inputs of
 * the other; an untyped input takes any source; every other type name maps to
 * one marker class in {@value #MARKERS} ({@code CSV} to {@code io.kfp4j.types.CSV}), shared by every stub of the
 * compilation and reused from the class path when an earlier compilation made it.
 */
final class StubTypes {
  /** The package of the marker types. */
  static final String MARKERS = "io.kfp4j.types";
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
      ClassName.get(Object.class));
  private static final TypeName LIST = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));

  /** Given a qualified class name, the {@code KFP_TYPE} of that marker if it exists already, else empty. */
  private final Function<String, Optional<String>> existing;
  /** KFP type name to its marker, for every marker used so far. */
  private final Map<String, ClassName> markers = new LinkedHashMap<>();
  /** Markers to write: those used and not found on the class path, not written yet. */
  private final List<String> pending = new ArrayList<>();

  /** @param existing the {@code KFP_TYPE} of an existing class by qualified name, or empty when there is none */
  StubTypes(Function<String, Optional<String>> existing) {
    this.existing = existing;
  }

  /**
   * The type argument of {@code Source<T>} or {@code Output<T>} for a KFP type ({@code null}, or a list of types
   * that KFP checks nothing against: untyped, which an input takes any source for, and an output gives as text).
   */
  TypeName of(TypeSpec type, boolean input) {
    if (type == null || type instanceof TypeSpec.Union) {
      return input ? WildcardTypeName.subtypeOf(Object.class) : STRING;
    }
    return switch (type.name()) {
      case "String", "string" -> STRING;
      case "Integer", "int" -> ClassName.get(Integer.class);
      case "Float", "float" -> ClassName.get(Double.class);
      case "Bool", "Boolean", "bool" -> ClassName.get(Boolean.class);
      case "JsonObject", "Dict", "dict" -> MAP;
      case "JsonArray", "List", "list" -> LIST;
      default -> marker(type.name());
    };
  }

  /** The marker class of a KFP type name. */
  ClassName marker(String kfpType) {
    ClassName known = markers.get(kfpType);
    if (known != null) {
      return known;
    }
    String simple = StubNaming.typeName(kfpType);
    ClassName candidate = ClassName.get(MARKERS, simple);
    Optional<String> there = existing.apply(candidate.canonicalName());
    boolean taken = markers.containsValue(candidate) || (there.isPresent() && !there.get().equals(kfpType));
    if (taken) {
      candidate = ClassName.get(MARKERS, simple + "_" + shortHash(kfpType));
      there = existing.apply(candidate.canonicalName());
    }
    markers.put(kfpType, candidate);
    if (there.isEmpty()) {
      pending.add(kfpType);
    }
    return candidate;
  }

  /** The markers used since the last call and not on the class path: KFP type name to class. */
  Map<String, ClassName> takePending() {
    Map<String, ClassName> out = new LinkedHashMap<>();
    pending.forEach(t -> out.put(t, markers.get(t)));
    pending.clear();
    return out;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JDK", e);
    }
  }
}
