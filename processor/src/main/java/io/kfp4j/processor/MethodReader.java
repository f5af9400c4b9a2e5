package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.metrics.UiOutputs;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.types.BooleanType;
import io.kfp4j.runtime.types.FloatType;
import io.kfp4j.runtime.types.IntegerType;
import io.kfp4j.runtime.types.PythonJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @Component} method into a {@link ComponentModel}, reporting every problem as an error on
 * the element at fault (the method, a parameter or the annotation) with the fix. Returns {@code null} when
 * anything was reported.
 */
final class MethodReader {
  private final Diagnostics diagnostics;
  private final Elements elements;
  /** The methods a task inherits whose parameters are all {@code Source}s (or none), read once. */
  private List<ExecutableElement> taskMethods;
  private final String defaultImage;
  private final TypeMapper types = new TypeMapper();
  private ReportPorts reports;
  private boolean failed;

  MethodReader(Diagnostics diagnostics, Elements elements, String defaultImage) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.defaultImage = defaultImage;
  }

  ComponentModel read(ExecutableElement method) {
    failed = false;
    reports = new ReportPorts();
    Component annotation = method.getAnnotation(Component.class);
    checkShape(method);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    Javadoc doc = Javadoc.parse(elements.getDocComment(method));
    String name = annotation.name().isBlank() ? Naming.componentName(method.getSimpleName().toString())
        : annotation.name().strip();
    String key = KfpNames.k8sName(name);
    if (key.isEmpty()) {
      error(method, "the component name \"" + name + "\" has no letters or digits to name its files by;"
          + " give @Component(name = ...) a name such as \"Train model\"");
    }
    String description = annotation.description().isBlank() ? doc.firstSentence() : annotation.description();
    String image = !annotation.image().isBlank() ? annotation.image() : defaultImage;
    Map<String, String> annotations = keyValues(method, "annotations", annotation.annotations());
    if (!annotation.baseImage().isBlank()) {
      annotations.put("kfp4j/base-image", annotation.baseImage());
    }
    Map<String, String> labels = keyValues(method, "labels", annotation.labels());

    List<Port> ports = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Port port = parameter(parameter, doc);
      if (port != null) {
        ports.add(port);
      }
    }
    TypeMirror returnType = method.getReturnType();
    boolean returnsRecord = TypeMapper.isRecord(returnType)
        && TypeMapper.typeNameOf((TypeElement) ((DeclaredType) returnType).asElement()).isEmpty();
    ports.addAll(returned(method, returnType, returnsRecord, doc));
    checkNames(method, ports);
    checkFactoryName(method, ports);
    if (failed) {
      return null;
    }
    return new ComponentModel(method, ClassName.get(owner), name, key, description, image, annotations, labels,
        List.copyOf(ports), TypeName.get(returnType), doc.body());
  }

  /**
   * Whether a type in the method's signature (or a component of the record it returns) does not resolve yet;
   * such a method is read in a later round, when another processor may have generated the type.
   */
  static boolean waitsForTypes(ExecutableElement method) {
    TypeMirror returnType = method.getReturnType();
    if (TypeMapper.hasErrors(returnType)
        || method.getParameters().stream().anyMatch(p -> TypeMapper.hasErrors(p.asType()))) {
      return true;
    }
    return TypeMapper.isRecord(returnType)
        && ((TypeElement) ((DeclaredType) returnType).asElement()).getRecordComponents().stream()
            .anyMatch(c -> TypeMapper.hasErrors(c.asType()));
  }

  private void checkShape(ExecutableElement method) {
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      error(method, "a @Component method must be static: the launcher calls it without an instance; add static");
    }
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      error(method, "a @Component method must be public so that the generated entry can call it; make it public");
    }
    if (!method.getTypeParameters().isEmpty()) {
      error(method, "a @Component method cannot be generic: KFP needs one concrete type per input; remove <"
          + method.getTypeParameters() + ">");
    }
    for (Element e = method.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        error(method, "the class " + t.getQualifiedName() + " that holds a @Component method must be public");
        break;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
          && t.getKind() == ElementKind.CLASS) {
        error(method, "the class " + t.getQualifiedName() + " that holds a @Component method must be static"
            + " (or top level)");
        break;
      }
    }
  }

  private Port parameter(VariableElement parameter, Javadoc doc) {
    String javaName = parameter.getSimpleName().toString();
    String description = doc.params().get(javaName);
    InputPath inputPath = parameter.getAnnotation(InputPath.class);
    OutputPath outputPath = parameter.getAnnotation(OutputPath.class);
    Default defaultValue = parameter.getAnnotation(Default.class);
    TypeMirror type = parameter.asType();
    Optional<TypeMirror> optionalOf = TypeMapper.optionalArgument(type);
    TypeMirror valueType = optionalOf.orElse(type);
    boolean isPath = TypeMapper.isType(valueType, "java.nio.file.Path");
    Optional<ReportPorts.Kind> report = ReportPorts.Kind.of(valueType);
    if (report.isPresent()) {
      ReportPorts.Read read = reports.read(parameter, report.get(), optionalOf.isPresent(), description);
      if (read instanceof ReportPorts.Read.Problem problem) {
        error(parameter, problem.message());
        return null;
      }
      return ((ReportPorts.Read.Ok) read).port();
    }

    if (inputPath != null && outputPath != null) {
      error(parameter, "a parameter is either @InputPath or @OutputPath, not both");
      return null;
    }
    if (outputPath != null) {
      if (!TypeMapper.isType(type, "java.nio.file.Path")) {
        error(parameter, "@OutputPath needs a java.nio.file.Path parameter (the path to write to), not " + type);
        return null;
      }
      if (defaultValue != null) {
        error(parameter, "an @OutputPath parameter cannot have a @Default; remove it");
        return null;
      }
      return new Port(Naming.stripPathSuffix(javaName), javaName, Port.Passing.OUTPUT_PATH,
          TypeMapper.file(outputPath.value()), false, false, null, description);
    }
    if (inputPath != null) {
      if (!isPath) {
        error(parameter, "@InputPath needs a java.nio.file.Path (or Optional<Path>) parameter, not " + type);
        return null;
      }
      if (defaultValue != null) {
        error(parameter, "an @InputPath parameter cannot have a @Default (KFP allows file inputs no default);"
            + " use Optional<Path> for an optional file");
        return null;
      }
      return new Port(Naming.stripPathSuffix(javaName), javaName, Port.Passing.INPUT_PATH,
          TypeMapper.file(inputPath.value()), optionalOf.isPresent(), optionalOf.isPresent(), null, description);
    }
    if (isPath) {
      error(parameter, "a Path parameter needs @InputPath (a file to read) or @OutputPath (a file to write)");
      return null;
    }
    TypeMapper.Result mapped = types.value(valueType);
    if (mapped instanceof TypeMapper.Result.Unsupported u) {
      error(parameter, u.why() + " for parameter " + javaName + "; supported: " + TypeMapper.SUPPORTED);
      return null;
    }
    IoType ioType = ((TypeMapper.Result.Mapped) mapped).type();
    String defaultText = null;
    if (defaultValue != null) {
      if (optionalOf.isPresent()) {
        error(parameter, "an Optional parameter is absent by itself; drop @Default or use a plain " + valueType);
        return null;
      }
      defaultText = defaultValue.value();
      String problem = checkDefault(ioType, defaultText);
      if (problem != null) {
        error(parameter, "@Default(\"" + defaultText + "\") is not a valid " + ioType.kfpType() + ": " + problem);
        return null;
      }
    }
    boolean optional = optionalOf.isPresent() || defaultText != null;
    return new Port(javaName, javaName, Port.Passing.VALUE, ioType, optional, optionalOf.isPresent(), defaultText,
        description);
  }

  private List<Port> returned(ExecutableElement method, TypeMirror returnType, boolean returnsRecord, Javadoc doc) {
    if (returnType.getKind() == TypeKind.VOID) {
      return List.of();
    }
    if (returnsRecord) {
      List<Port> outputs = new ArrayList<>();
      TypeElement record = (TypeElement) ((DeclaredType) returnType).asElement();
      for (RecordComponentElement component : record.getRecordComponents()) {
        String reportProblem = ReportPorts.returned(component.asType(), "the returned record " + record.getSimpleName()
            + "'s component " + component.getSimpleName());
        if (reportProblem != null) {
          error(method, reportProblem);
          continue;
        }
        TypeMapper.Result mapped = types.value(component.asType());
        if (mapped instanceof TypeMapper.Result.Unsupported u) {
          error(method, "the returned record " + record.getSimpleName() + " has component " + component.getSimpleName()
              + " of " + u.why() + "; supported: " + TypeMapper.SUPPORTED_OUTPUTS);
          continue;
        }
        outputs.add(new Port(component.getSimpleName().toString(), component.getSimpleName().toString(),
            Port.Passing.RECORD_COMPONENT, ((TypeMapper.Result.Mapped) mapped).type(), false, false, null, null));
      }
      return outputs;
    }
    if (TypeMapper.optionalArgument(returnType).isPresent() || TypeMapper.isType(returnType, "java.nio.file.Path")) {
      error(method, "a @Component method cannot return " + returnType + ": every output needs a value; return the"
          + " value itself, or write files through @OutputPath Path parameters");
      return List.of();
    }
    String reportProblem = ReportPorts.returned(returnType, "the return type of a @Component method");
    if (reportProblem != null) {
      error(method, reportProblem);
      return List.of();
    }
    TypeMapper.Result mapped = types.value(returnType);
    if (mapped instanceof TypeMapper.Result.Unsupported u) {
      error(method, u.why() + " as return type; supported: " + TypeMapper.SUPPORTED_OUTPUTS
          + ", a record (one output per component) or void");
      return List.of();
    }
    return List.of(new Port("Output", null, Port.Passing.RETURN, ((TypeMapper.Result.Mapped) mapped).type(),
        false, false, null, doc.returns()));
  }

  /**
   * Reports a method whose task factory, a static method of the same name and one {@code Source} per required input,
   * would hide a method the task class inherits from {@code Task} (javac would reject the generated class).
   */
  private void checkFactoryName(ExecutableElement method, List<Port> ports) {
    if (taskMethods == null) {
      TypeElement task = elements.getTypeElement(GeneratedCodeTypes.TASK.canonicalName());
      // without kfp4j-dsl javac reports the missing class on the generated code
      taskMethods = task == null ? List.of() : ElementFilter.methodsIn(elements.getAllMembers(task)).stream()
          .filter(m -> !m.getModifiers().contains(Modifier.PRIVATE))
          .filter(m -> m.getParameters().stream().allMatch(p -> isSource(p.asType())))
          .toList();
    }
    String name = method.getSimpleName().toString();
    long required = ports.stream().filter(p -> p.isInput() && !p.optional()).count();
    for (ExecutableElement inherited : taskMethods) {
      if (inherited.getSimpleName().contentEquals(name) && inherited.getParameters().size() == required) {
        error(method, "the task factory " + name + "(...) that kfp4j generates for this method would hide"
            + " the method " + name + " every task inherits from " + inherited.getEnclosingElement().getSimpleName()
            + "; rename the method (the component keeps its name with @Component(name = ...))");
        return;
      }
    }
  }

  private static boolean isSource(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(
            GeneratedCodeTypes.SOURCE.canonicalName());
  }

  /**
   * Inputs and outputs are separate namespaces; within each, names must differ, and so must what KFP makes of
   * them: the folder of a file ({@code /tmp/inputs/<name>/data}, {@code /tmp/outputs/<name>/data}) and the Argo
   * parameter of an output. The methods of the generated task ({@code withX}, output accessors) must differ too.
   */
  private void checkNames(ExecutableElement method, List<Port> ports) {
    for (boolean inputs : new boolean[] {true, false}) {
      Map<String, Port> seen = new HashMap<>();
      Map<String, Port> sanitized = new HashMap<>();
      Map<String, Port> taskMethods = new HashMap<>();
      String what = inputs ? "input" : "output";
      for (Port port : ports) {
        if (port.isInput() != inputs) {
          continue;
        }
        Element at = elementOf(method, port);
        Port clash = seen.putIfAbsent(port.name(), port);
        if (clash != null) {
          error(at, "two " + what + "s are named \"" + port.name() + "\" (" + describe(clash) + " and " + describe(port)
              + "); rename one of them");
          continue;
        }
        List<String> kfpNames = new ArrayList<>();
        if (!inputs || port.passing() == Port.Passing.INPUT_PATH) {
          kfpNames.add("file " + (inputs ? PathScheme.KFP.inputPath(port.name())
              : PathScheme.KFP.outputPath(port.name())));
        }
        if (!inputs) {
          kfpNames.add("Argo output name \"" + KfpNames.k8sNameKeepCase(port.name()) + "\"");
          UiOutputs.artifactOf(port.name()).ifPresent(a -> kfpNames.add("KFP artifact \"" + a + "\""));
        }
        for (String kfpName : kfpNames) {
          Port same = sanitized.putIfAbsent(kfpName, port);
          if (same != null) {
            error(at, "the " + what + "s \"" + same.name() + "\" and \"" + port.name() + "\" get the same " + kfpName
                + " after KFP's sanitizing; rename one of them");
            break;
          }
        }
        String taskMethod = inputs ? (port.optional() ? OpWriter.setterName(port) + "(...)" : null)
            : OpWriter.accessorName(port) + "()";
        Port sameMethod = taskMethod == null ? null : taskMethods.putIfAbsent(taskMethod, port);
        if (sameMethod != null) {
          error(at, "the " + what + "s \"" + sameMethod.name() + "\" and \"" + port.name()
              + "\" would both get the task method " + taskMethod + "; rename one of them");
        }
      }
    }
  }

  private static Element elementOf(ExecutableElement method, Port port) {
    return method.getParameters().stream().filter(p -> p.getSimpleName().contentEquals(String.valueOf(port.javaName())))
        .map(Element.class::cast).findFirst().orElse(method);
  }

  private static String describe(Port port) {
    return switch (port.passing()) {
      case RETURN -> "the return value";
      case RECORD_COMPONENT -> "record component " + port.javaName();
      default -> "parameter " + port.javaName();
    };
  }

  private static String checkDefault(IoType type, String text) {
    try {
      switch (type.kind()) {
        case INT, LONG -> {
          Object value = IntegerType.INSTANCE.deserialize(text);
          boolean fits = value instanceof Long n
              && (type.kind() == IoType.Kind.LONG || (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE));
          if (!fits) {
            return "it does not fit in a Java " + type.javaType() + "; use " + (type.kind() == IoType.Kind.INT
                ? "long" : "a smaller default");
          }
        }
        case DOUBLE, FLOAT -> FloatType.INSTANCE.deserialize(text);
        case BOOLEAN -> BooleanType.INSTANCE.deserialize(text);
        case JSON -> PythonJson.loads(text);
        default -> { }
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private Map<String, String> keyValues(ExecutableElement method, String what, String[] entries) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        error(method, "@Component(" + what + ") entries are key=value; \"" + entry + "\" has no \"=\"");
        continue;
      }
      String key = entry.substring(0, eq).strip();
      if (key.isEmpty()) {
        error(method, "@Component(" + what + ") entries are key=value; \"" + entry + "\" has no key");
        continue;
      }
      if (out.putIfAbsent(key, entry.substring(eq + 1).strip()) != null) {
        error(method, "@Component(" + what + ") names key \"" + key + "\" twice; keep one of them");
      }
    }
    return out;
  }

  private void error(Element element, String message) {
    failed = true;
    diagnostics.error(element, message);
  }
}
