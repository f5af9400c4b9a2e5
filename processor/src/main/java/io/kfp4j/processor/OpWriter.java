package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed task factory {@code XxxOp}: a static method taking a {@code Source<T>} per required input,
 * returning a task class with a {@code withX} method per optional input and a typed accessor per output; and, through
 * {@link ResultWriter}, the typed reading of a finished task's outputs ({@code XxxOp.result(run, taskId)}).
 */
final class OpWriter {
  private static final ClassName SOURCE = GeneratedCodeTypes.SOURCE;
  private static final ClassName OUTPUT = GeneratedCodeTypes.OUTPUT;
  private static final ClassName TASK = GeneratedCodeTypes.TASK;
  private static final ClassName DEFINITION = GeneratedCodeTypes.COMPONENT_DEFINITION;
  /**
   * Methods of {@code Task} and {@code Object} an output accessor must not hide; an output of that name gets the
   * accessor {@code <name>Output}. Every method of {@code Task} without parameters must be here.
   */
  static final Set<String> RESERVED = Set.of("component", "taskName", "arguments", "settings", "argument", "self",
      "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "finalize", "clone");

  private OpWriter() {}

  static JavaFile write(OpModel model) {
    return write(model, List.of());
  }

  /** The factory with more types nested in it (a component's launcher entry). */
  static JavaFile write(OpModel model, List<TypeSpec> nested) {
    ClassName op = model.opClass();
    ClassName task = model.taskClass();
    TypeName argumentsType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        ParameterizedTypeName.get(SOURCE, WildcardTypeName.subtypeOf(Object.class)));

    MethodSpec.Builder factory = MethodSpec.methodBuilder(model.factoryName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(task)
        .addJavadoc(factoryJavadoc(model))
        .addStatement("$T arguments = new $T<>()", argumentsType, LinkedHashMap.class);
    for (Port port : model.inputs()) {
      if (!port.optional()) {
        factory.addParameter(source(port), parameterName(port));
        factory.addStatement("arguments.put($S, $L)", port.name(), parameterName(port));
      }
    }
    factory.addStatement("return new $T(arguments)", task);

    TypeSpec.Builder taskClass = TypeSpec.classBuilder(task)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(TASK, task))
        .addJavadoc("A task of component $S, with typed references to its outputs.\n", model.componentName())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(argumentsType, "arguments")
            .addStatement("super(COMPONENT, arguments)").build());
    for (Port port : model.inputs()) {
      if (port.optional()) {
        taskClass.addMethod(MethodSpec.methodBuilder(setterName(port))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(source(port), port.javaName())
            .returns(task)
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
      taskClass.addMethod(MethodSpec.methodBuilder(accessorName(port))
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(OUTPUT, port.type().outputType()))
          .addJavadoc("Output $S$L\n", port.name(), sentenceEnd(
              (port.type().kfpType() == null ? "" : " (" + port.type().kfpType() + ")") + describe(port.description())))
          .addStatement("return output($S)", port.name())
          .build());
    }
    taskClass.addMethod(MethodSpec.methodBuilder("self").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(task).addStatement("return this").build());

    TypeSpec.Builder opClass = TypeSpec.classBuilder(op)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(model.generated())
        .addJavadoc(model.classDoc());
    if (model.originating() != null) {
      opClass.addOriginatingElement(model.originating());
    }
    FieldSpec.Builder component = FieldSpec.builder(DEFINITION, "COMPONENT", Modifier.PUBLIC, Modifier.STATIC,
        Modifier.FINAL).addJavadoc("The component, as written to {@code $L}.\n", model.specResource());
    if (model.origin() == null) {
      component.initializer("$T.fromResource($T.class, $S)", DEFINITION, op, model.specResource());
    } else {
      component.initializer("$T.fromResource($T.class, $S,\n    $S)", DEFINITION, op, model.specResource(),
          model.origin());
    }
    opClass.addField(component.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(factory.build())
        .addType(taskClass.build());
    ResultWriter.addTo(opClass, model);
    opClass.addTypes(nested);
    return JavaFile.builder(op.packageName(), opClass.build()).skipJavaLangImports(true).build();
  }

  /** The task method that sets an optional input: {@code withX}. */
  static String setterName(Port port) {
    return "with" + Naming.capitalize(port.javaName());
  }

  /** The task method that returns an output: the parameter, record component or output name. */
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
    doc.add("@return the task; its outputs are typed references for later tasks\n");
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
