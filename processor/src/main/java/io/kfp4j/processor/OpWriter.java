package io.kfp4j.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed task factory {@code XxxOp}, which is also the type of its tasks: a static method taking a
 * {@code Source<T>} per required input and returning a new task, a {@code withX} method per optional input and a
 * typed accessor per output; and, through {@link ResultWriter}, the typed reading of a finished task's outputs
 * ({@code XxxOp.result(run, taskId)}). A {@code @Component} method's factory is nested in the class generated for its
 * declaring class ({@link HolderWriter}); a shared component's stub is a class of its own.
 */
final class OpWriter {
  private static final ClassName SOURCE = GeneratedCodeTypes.SOURCE;
  private static final ClassName OUTPUT = GeneratedCodeTypes.OUTPUT;
  private static final ClassName TASK = GeneratedCodeTypes.TASK;
  private static final ClassName DEFINITION = GeneratedCodeTypes.COMPONENT_DEFINITION;
  /**
   * Methods of {@code Task} and {@code Object} an output accessor must not hide, and the factory class's own static
   * methods; an output of that name gets the accessor {@code <name>Output}. Every method of {@code Task} without
   * parameters must be here.
   */
  static final Set<String> RESERVED = Set.of("component", "taskName", "arguments", "settings", "argument", "self",
      "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "finalize", "clone");

  private OpWriter() {}

  /** The factory as a source of its own (a shared component's stub). */
  static JavaFile write(OpModel model) {
    return JavaFile.builder(model.opClass().packageName(), typeSpec(model, false)).skipJavaLangImports(true).build();
  }

  /** The factory class; {@code nested} makes it a static member of the class generated for its declaring class. */
  static TypeSpec typeSpec(OpModel model, boolean nested) {
    ClassName op = model.opClass();

    MethodSpec.Builder factory = MethodSpec.methodBuilder(model.factoryName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(op)
        .addJavadoc(factoryJavadoc(model));
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Port port : model.inputs()) {
      if (!port.optional()) {
        factory.addParameter(source(port), parameterName(port));
        names.add(CodeBlock.of("$S", port.name()).toString());
        values.add(parameterName(port));
      }
    }
    factory.addStatement("return new $T(new $T[] {$L}$L)", op, String.class, String.join(", ", names),
        values.isEmpty() ? "" : ", " + String.join(", ", values));

    TypeSpec.Builder opClass = TypeSpec.classBuilder(op)
        .addModifiers(nested ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL}
            : new Modifier[] {Modifier.PUBLIC, Modifier.FINAL})
        .superclass(ParameterizedTypeName.get(TASK, op))
        .addJavadoc(model.classDoc());
    if (!nested) {
      opClass.addAnnotation(model.generated());
      if (model.originating() != null) {
        opClass.addOriginatingElement(model.originating());
      }
    }
    // no javadoc on the field (the class's names the component): each generated line costs javac and JavaPoet
    FieldSpec.Builder component = FieldSpec.builder(DEFINITION, "COMPONENT", Modifier.PUBLIC, Modifier.STATIC,
        Modifier.FINAL);
    if (model.origin() == null) {
      component.initializer("$T.fromResource($T.class, $S)", DEFINITION, op, model.specResource());
    } else {
      component.initializer("$T.fromResource($T.class, $S,\n    $S)", DEFINITION, op, model.specResource(),
          model.origin());
    }
    opClass.addField(component.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(String[].class, "inputs")
            .addParameter(ArrayTypeName.of(ParameterizedTypeName.get(SOURCE, WildcardTypeName.subtypeOf(Object.class))),
                "arguments")
            .varargs()
            .addStatement("super(COMPONENT, inputs, arguments)").build())
        .addMethod(factory.build());
    for (Port port : model.inputs()) {
      if (port.optional()) {
        opClass.addMethod(MethodSpec.methodBuilder(setterName(port))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(source(port), port.javaName())
            .returns(op)
            .addJavadoc("Sets optional input $S$L\n", port.name(), sentenceEnd(describeDefault(port)
                + describe(port.description())))
            .addStatement("return argument($S, $L)", port.name(), port.javaName())
            .build());
      }
    }
    for (Port port : model.outputs()) {
      if (port.passing() == Port.Passing.REPORT) {
        continue; // KFP passes metrics and UI metadata to no other task: no reference to wire
      }
      opClass.addMethod(MethodSpec.methodBuilder(accessorName(model, port))
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(OUTPUT, port.type().outputType()))
          .addJavadoc("Output $S$L\n", port.name(), sentenceEnd(
              (port.type().kfpType() == null ? "" : " (" + port.type().kfpType() + ")") + describe(port.description())))
          .addStatement("return this.<$T>output($S)", port.type().outputType(), port.name())
          .build());
    }
    ResultWriter.addTo(opClass, model);
    return opClass.build();
  }

  /** The task method that sets an optional input: {@code withX}. */
  static String setterName(Port port) {
    return "with" + Naming.capitalize(port.javaName());
  }

  /**
   * The task method that returns an output: the parameter, record component or output name; {@code <name>Output}
   * when that is a method of {@code Task}, or the factory method of a component without required inputs.
   */
  static String accessorName(OpModel model, Port port) {
    String accessor = accessorName(port);
    boolean factoryWithoutParameters = accessor.equals(model.factoryName())
        && model.inputs().stream().allMatch(Port::optional);
    return factoryWithoutParameters ? accessor + "Output" : accessor;
  }

  /** The accessor's name as far as the port alone decides it: {@code <name>Output} for a method of {@code Task}. */
  static String accessorName(Port port) {
    String accessor = Naming.decapitalize(port.javaName() == null ? port.name() : port.javaName());
    return RESERVED.contains(accessor) ? accessor + "Output" : accessor;
  }

  /** The factory's parameter of a required input; not {@code arguments}, the factory's own variable. */
  private static String parameterName(Port port) {
    return port.javaName().equals("arguments") ? "arguments_" : port.javaName();
  }

  private static TypeName source(Port port) {
    return ParameterizedTypeName.get(SOURCE, port.type().sourceType());
  }

  private static CodeBlock factoryJavadoc(OpModel model) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n\n", model.factoryDoc().isEmpty() ? "Adds a task of component \"" + model.componentName() + "\"."
        : model.factoryDoc());
    for (Port port : model.inputs()) {
      if (!port.optional()) {
        doc.add("@param $L $L\n", port.javaName(),
            port.description() == null ? "input \"" + port.name() + "\"" : port.description());
      }
    }
    doc.add("@return the new task\n");
    return doc.build();
  }

  private static String describeDefault(Port port) {
    return port.defaultText() == null ? "" : " (default " + port.defaultText() + ")";
  }

  /** The text with one period at its end: a description that ends a sentence itself gets none. */
  static String sentenceEnd(String text) {
    String stripped = text.stripTrailing();
    return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
  }

  private static String describe(String description) {
    return description == null ? "" : ": " + description;
  }
}
