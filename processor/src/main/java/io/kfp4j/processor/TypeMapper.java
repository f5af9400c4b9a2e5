package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Maps Java types to KFP types, as KFP maps Python annotations: the supported set and nothing else. The type a task
 * factory's {@code Source<T>} and {@code Output<T>} carry depends on the KFP type alone, as in typed stubs
 * ({@link StubTypes}), so that outputs of either feed inputs of the other: {@code Integer} for a KFP Integer (an
 * {@code int} or a {@code long}), {@code Double} for a Float, {@code Map<String, Object>} for a JSON object tree,
 * {@code List<Object>} for a JSON array tree; containers with typed elements and records keep their own type.
 */
final class TypeMapper {
  static final String SUPPORTED = "String, int/long/Integer/Long (Integer), double/float/Double/Float (Float),"
      + " boolean/Boolean (Boolean), List<...> (JsonArray), Map<String, ...> (JsonObject), with elements of these"
      + " types, Object or JsonNode, Jackson's ObjectNode (JsonObject), ArrayNode (JsonArray) and JsonNode (untyped:"
      + " any JSON), records and classes annotated @TypeName (JsonObject or their type name), Optional<T> of those"
      + " for optional inputs, and java.nio.file.Path with @InputPath or @OutputPath";
  static final String SUPPORTED_OUTPUTS = "String, int/long/Integer/Long (Integer), double/float/Double/Float"
      + " (Float), boolean/Boolean (Boolean), List<...> (JsonArray), Map<String, ...> (JsonObject), with elements"
      + " of these types, Object or JsonNode, Jackson's ObjectNode (JsonObject), ArrayNode (JsonArray) and JsonNode"
      + " (untyped: any JSON), records and classes annotated @TypeName (JsonObject or their type name)";
  /** Jackson's JSON trees. */
  static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  static final String OBJECT_NODE = "com.fasterxml.jackson.databind.node.ObjectNode";
  static final String ARRAY_NODE = "com.fasterxml.jackson.databind.node.ArrayNode";
  private static final TypeName INTEGER = ClassName.get(Integer.class);
  private static final TypeName DOUBLE = ClassName.get(Double.class);
  private static final TypeName OBJECT = ClassName.get(Object.class);
  private static final TypeName JSON_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), OBJECT);
  private static final TypeName JSON_LIST = ParameterizedTypeName.get(ClassName.get(List.class), OBJECT);
  static final ClassName ARTIFACT = GeneratedCodeTypes.ARTIFACT;
  private static final String TYPE_NAME = GeneratedCodeTypes.TYPE_NAME_ANNOTATION;

  /** The mapping of a value type, or an explanation of why it has none. */
  sealed interface Result {
    /** A supported type. @param type its mapping */
    record Mapped(IoType type) implements Result {}

    /** An unsupported type. @param why the reason, naming the type */
    record Unsupported(String why) implements Result {}
  }

  /** Maps the type of a value passed as text (not a file). */
  Result value(TypeMirror type) {
    TypeName java = TypeName.get(type);
    switch (type.getKind()) {
      case INT:
        return mapped(IoType.Kind.INT, "Integer", java, INTEGER);
      case LONG:
        return mapped(IoType.Kind.LONG, "Integer", java, INTEGER);
      case DOUBLE:
        return mapped(IoType.Kind.DOUBLE, "Float", java, DOUBLE);
      case FLOAT:
        return mapped(IoType.Kind.FLOAT, "Float", java, DOUBLE);
      case BOOLEAN:
        return mapped(IoType.Kind.BOOLEAN, "Boolean", java);
      case DECLARED:
        return declared((DeclaredType) type, java);
      default:
        return unsupported(type);
    }
  }

  private Result declared(DeclaredType type, TypeName java) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
        return mapped(IoType.Kind.STRING, "String", java);
      case "java.lang.Integer":
        return mapped(IoType.Kind.INT, "Integer", java, INTEGER);
      case "java.lang.Long":
        return mapped(IoType.Kind.LONG, "Integer", java, INTEGER);
      case "java.lang.Double":
        return mapped(IoType.Kind.DOUBLE, "Float", java, DOUBLE);
      case "java.lang.Float":
        return mapped(IoType.Kind.FLOAT, "Float", java, DOUBLE);
      case "java.lang.Boolean":
        return mapped(IoType.Kind.BOOLEAN, "Boolean", java);
      case "java.lang.Object":
        return new Result.Unsupported("unsupported type java.lang.Object (for any JSON value take " + JSON_NODE
            + ", for a JSON object Map<String, Object>, for a JSON array List<Object>)");
      case "java.util.List":
        return jsonContainer(type, java, "JsonArray", 0);
      case "java.util.Map":
        if (type.getTypeArguments().isEmpty()) {
          return new Result.Unsupported("raw " + java + " has no key and value types; write " + java
              + "<String, ...>");
        }
        if (!TypeName.get(type.getTypeArguments().get(0)).equals(ClassName.get(String.class))) {
          return new Result.Unsupported("Map keys must be String, as JSON object keys are (found " + java + ")");
        }
        return jsonContainer(type, java, "JsonObject", 1);
      case OBJECT_NODE:
        return new Result.Mapped(new IoType(IoType.Kind.JSON, "JsonObject", java, JSON_MAP));
      case ARRAY_NODE:
        return new Result.Mapped(new IoType(IoType.Kind.JSON, "JsonArray", java, JSON_LIST));
      case JSON_NODE:
        return new Result.Mapped(new IoType(IoType.Kind.JSON, null, java, WildcardTypeName.subtypeOf(Object.class)));
      default:
        return dataClass(element, java);
    }
  }

  private Result jsonContainer(DeclaredType type, TypeName java, String kfpType, int checkedArgument) {
    if (type.getTypeArguments().size() <= checkedArgument) {
      return new Result.Unsupported("raw " + java + " has no element type; write " + java + "<...>");
    }
    TypeMirror element = type.getTypeArguments().get(checkedArgument);
    if (element.getKind() == TypeKind.WILDCARD || element.getKind() == TypeKind.TYPEVAR) {
      return new Result.Unsupported("the element type of " + java + " must be a concrete type, not " + element);
    }
    Result inner = isType(element, "java.lang.Object") || isJsonTree(element) ? null : value(element);
    if (inner instanceof Result.Unsupported u) {
      return new Result.Unsupported("in " + java + ": " + u.why());
    }
    return mapped(IoType.Kind.JSON, kfpType, java);
  }

  /** Whether the type is Jackson's {@code JsonNode} or one of its subclasses ({@code TextNode}, ...). */
  private static boolean isJsonTree(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeElement e = (TypeElement) ((DeclaredType) type).asElement(); e != null;
        e = e.getSuperclass().getKind() == TypeKind.DECLARED
            ? (TypeElement) ((DeclaredType) e.getSuperclass()).asElement() : null) {
      if (e.getQualifiedName().contentEquals(JSON_NODE)) {
        return true;
      }
    }
    return false;
  }

  private Result dataClass(TypeElement element, TypeName java) {
    Optional<String> typeName = typeNameOf(element);
    boolean record = element.getKind() == ElementKind.RECORD;
    boolean bean = element.getKind() == ElementKind.CLASS && hasPublicNoArgConstructor(element)
        && typeName.isPresent();
    if (!element.getModifiers().contains(Modifier.PUBLIC) && (record || bean)) {
      return new Result.Unsupported(java + " must be public so that the generated entry can create it");
    }
    if (record || bean) {
      return mapped(IoType.Kind.JSON, typeName.orElse("JsonObject"), java);
    }
    return new Result.Unsupported("unsupported type " + java);
  }

  /** The {@code @TypeName} of a class, if it has one. */
  static Optional<String> typeNameOf(TypeElement element) {
    return element.getAnnotationMirrors().stream()
        .filter(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(TYPE_NAME))
        .flatMap(a -> a.getElementValues().values().stream())
        .map(v -> String.valueOf(v.getValue()))
        .findFirst();
  }

  /**
   * Whether a type, or a type argument or array element in it, does not resolve: a type that another processor
   * may generate in a later round, or a mistake that javac reports itself.
   */
  static boolean hasErrors(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> hasErrors(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeMapper::hasErrors);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && hasErrors(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && hasErrors(wildcard.getSuperBound()));
      }
      default -> false;
    };
  }

  static boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }

  static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** The {@code T} of {@code Optional<T>}, or empty when the type is no {@code Optional}. */
  static Optional<TypeMirror> optionalArgument(TypeMirror type) {
    if (isType(type, "java.util.Optional")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    }
    return Optional.empty();
  }

  private static boolean hasPublicNoArgConstructor(TypeElement element) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  private static Result mapped(IoType.Kind kind, String kfpType, TypeName java) {
    return mapped(kind, kfpType, java, java.box());
  }

  private static Result mapped(IoType.Kind kind, String kfpType, TypeName java, TypeName source) {
    return new Result.Mapped(new IoType(kind, kfpType, java, source));
  }

  private static Result unsupported(TypeMirror type) {
    return new Result.Unsupported("unsupported type " + type);
  }

  /** A file: the Java type is {@code Path}, the source type {@code Artifact}. */
  static IoType file(String kfpType) {
    return new IoType(IoType.Kind.PATH, kfpType.isEmpty() ? null : kfpType,
        ClassName.get("java.nio.file", "Path"), ARTIFACT);
  }

  static boolean isAnnotated(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName));
  }
}
