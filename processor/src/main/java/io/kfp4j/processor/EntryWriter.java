package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.kfp4j.runtime.internal.entry.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the launcher entries of a class's {@code @Component} methods, {@code XxxOps.Entries}: each method's flags,
 * and plain code that converts each argument, calls the method and stages every output until the call succeeds (the
 * JSON of the {@code Metrics} and {@code UiMetadata} the method filled included). No reflection, no lambdas. The
 * entries refer to nothing of their enclosing class, so that the launcher loads them without the factories and the
 * task API, which a component's image leaves out.
 */
final class EntryWriter {
  private static final ClassName FLAG = GeneratedCodeTypes.FLAG;
  private static final ClassName VALUES = GeneratedCodeTypes.VALUES;
  private static final ClassName PARSED = GeneratedCodeTypes.PARSED_ARGUMENTS;
  private static final ClassName STAGING = GeneratedCodeTypes.OUTPUT_STAGING;
  private static final ClassName ENTRY = GeneratedCodeTypes.COMPONENT_ENTRY;
  /**
   * Names the generated method uses itself, as variables or as the qualifiers of static calls (a local variable
   * would hide a class of the same name); parameters with these names, or the names of the method's class, get a
   * trailing underscore.
   */
  private static final Set<String> TAKEN = Set.of("arguments", "staging", "result", "Values", "Optional");

  private EntryWriter() {}

  /** The entries of the components of one class, as a static class to nest in the class generated for it. */
  static TypeSpec write(ClassName entries, List<ComponentModel> models) {
    ClassName owner = models.get(0).owner();
    MethodSpec.Builder entry = MethodSpec.methodBuilder("entry")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "method")
        .returns(ENTRY)
        .beginControlFlow("switch (method)");
    MethodSpec.Builder run = MethodSpec.methodBuilder("run")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "method")
        .addParameter(PARSED, "arguments")
        .addParameter(STAGING, "staging")
        .addException(Exception.class)
        .beginControlFlow("switch (method)");
    List<MethodSpec> calls = new ArrayList<>();
    for (ComponentModel model : models) {
      entry.addCode("case $S:\n$>return $T.of($S, this, method$L);\n$<", model.methodName(), ENTRY, model.name(),
          flags(model));
      run.addCode("case $S:\n$>$L(arguments, staging);\nreturn;\n$<", model.methodName(), model.methodName());
      calls.add(call(model));
    }
    entry.addCode("default:\n$>return null;\n$<").endControlFlow();
    run.addCode("default:\n$>throw new $T($S + method);\n$<", IllegalArgumentException.class,
        "no @Component method of " + owner.canonicalName() + " named ").endControlFlow();
    return TypeSpec.classBuilder(entries)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(GeneratedCodeTypes.COMPONENT_ENTRIES)
        .addJavadoc("Launcher entries of the components of {@link $T}, found by {@code $L#<method>}; they use nothing"
            + " of {@code $L}.\n", owner, owner.reflectionName(), entries.enclosingClassName().simpleName())
        .addMethod(entry.build())
        .addMethod(run.build())
        .addMethods(calls)
        .build();
  }

  /** The flags as arguments of {@code ComponentEntry.of}, each on a line of its own. */
  private static CodeBlock flags(ComponentModel model) {
    CodeBlock.Builder flags = CodeBlock.builder().indent();
    for (Port port : model.ports()) {
      flags.add(",\n").add(flag(SpecBuilder.flag(port)));
    }
    return flags.unindent().build();
  }

  /**
   * The method that converts the arguments of one component, calls it and stages its outputs (the runtime's
   * {@code ComponentEntry} commits them, or deletes them when anything failed).
   */
  private static MethodSpec call(ComponentModel model) {
    MethodSpec.Builder run = MethodSpec.methodBuilder(model.methodName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(PARSED, "arguments")
        .addParameter(STAGING, "staging")
        .addException(Exception.class);
    for (Port port : model.inputs()) {
      run.addStatement("$T $L = $L", localType(port), local(model, port), input(port));
    }
    List<String> callArguments = new ArrayList<>();
    for (Port port : model.ports()) {
      if (port.passing() == Port.Passing.OUTPUT_PATH) {
        run.addStatement("$T $L = staging.stage(arguments.outputPath($S))", port.type().javaType(), local(model, port),
            port.name());
      }
      if (port.passing() == Port.Passing.REPORT) {
        run.addStatement("$T $L = new $T()", port.type().javaType(), local(model, port), port.type().javaType());
      }
      if (port.passing() != Port.Passing.RETURN && port.passing() != Port.Passing.RECORD_COMPONENT) {
        callArguments.add(local(model, port));
      }
    }
    CodeBlock call = CodeBlock.of("$T.$L($L)", model.owner(), model.methodName(), String.join(", ", callArguments));
    if (model.returnType().equals(TypeName.VOID)) {
      run.addStatement(call);
    } else {
      run.addStatement("$T result = $L", model.returnType(), call);
    }
    for (Port port : model.outputs()) {
      if (port.passing() == Port.Passing.RETURN) {
        run.addStatement("staging.write($L, $L)", outputPath(port), serialize(port, "result"));
      } else if (port.passing() == Port.Passing.RECORD_COMPONENT) {
        run.addStatement("staging.write($L, $L)", outputPath(port),
            serialize(port, "result." + port.javaName() + "()"));
      } else if (port.passing() == Port.Passing.REPORT) {
        run.addStatement("staging.write($L, $L.toJson())", outputPath(port), local(model, port));
      }
    }
    return run.build();
  }

  private static CodeBlock flag(Flag f) {
    String name = JavaLiterals.of(f.name());
    return switch (f.kind()) {
      case VALUE -> CodeBlock.of("$T.value($L)", FLAG, String.join(", ", name, String.valueOf(f.required()),
          JavaLiterals.of(f.kfpType()), JavaLiterals.of(f.javaType())));
      case INPUT_PATH -> CodeBlock.of("$T.inputPath($L)", FLAG, String.join(", ", name, String.valueOf(f.required()),
          JavaLiterals.of(f.kfpType())));
      case OUTPUT_PATH -> CodeBlock.of("$T.outputPath($L)", FLAG, String.join(", ", name,
          JavaLiterals.of(f.kfpType()), JavaLiterals.of(f.javaType())));
    };
  }

  private static TypeName localType(Port port) {
    return port.wrapped() ? ParameterizedTypeName.get(ClassName.get(Optional.class), port.type().javaType().box())
        : port.type().javaType();
  }

  private static String local(ComponentModel model, Port port) {
    String name = port.javaName();
    return TAKEN.contains(name) || model.owner().simpleNames().contains(name) ? name + "_" : name;
  }

  /** The expression that reads an input parameter. */
  private static CodeBlock input(Port port) {
    if (port.passing() == Port.Passing.INPUT_PATH) {
      return port.wrapped()
          ? CodeBlock.of("$T.<$T>ofNullable(arguments.inputPath($S))", Optional.class, port.type().javaType().box(),
              port.name())
          : CodeBlock.of("$L", "arguments.inputPath(" + JavaLiterals.of(port.name()) + ")");
    }
    if (port.wrapped()) {
      // type arguments written out: javac infers nothing in the conditional
      TypeName type = port.type().javaType().box();
      return CodeBlock.of("arguments.has($S) ? $T.<$T>of($L) : $T.<$T>empty()", port.name(), Optional.class, type,
          convert(port, value(port)), Optional.class, type);
    }
    CodeBlock text = port.defaultText() == null ? value(port)
        : CodeBlock.of("$T.text($L)", VALUES, "arguments, " + JavaLiterals.of(port.name()) + ", "
            + JavaLiterals.of(port.defaultText()));
    return convert(port, text);
  }

  /** {@code arguments.outputPath("name")}, as one piece of text for JavaPoet. */
  private static String outputPath(Port port) {
    return "arguments.outputPath(" + JavaLiterals.of(port.name()) + ")";
  }

  /** {@code arguments.value("name")}, as one piece of text for JavaPoet. */
  private static CodeBlock value(Port port) {
    return CodeBlock.of("$L", "arguments.value(" + JavaLiterals.of(port.name()) + ")");
  }

  private static CodeBlock convert(Port port, CodeBlock text) {
    return switch (port.type().kind()) {
      case STRING -> text;
      case INT -> CodeBlock.of("$T.toInt($L, $L)", VALUES, text, JavaLiterals.of(port.name()));
      case LONG -> CodeBlock.of("$T.toLong($L, $L)", VALUES, text, JavaLiterals.of(port.name()));
      case DOUBLE -> CodeBlock.of("$T.toDouble($L, $L)", VALUES, text, JavaLiterals.of(port.name()));
      case FLOAT -> CodeBlock.of("$T.toFloat($L, $L)", VALUES, text, JavaLiterals.of(port.name()));
      case BOOLEAN -> CodeBlock.of("$T.toBoolean($L, $L)", VALUES, text, JavaLiterals.of(port.name()));
      case JSON -> JavaTypeValues.isValue(port.type().javaType())
          ? CodeBlock.of("$T.<$T>fromJson($L, $S, $L)", VALUES, port.type().javaType().box(), text, port.name(),
              JavaTypeValues.of(port.type().javaType()))
          : CodeBlock.of("$T.fromJson($L, $S, $L)", VALUES, text, port.name(),
              JavaTypeValues.of(port.type().javaType()));
      case PATH -> throw new IllegalStateException("files are not converted");
    };
  }

  private static CodeBlock serialize(Port port, String value) {
    if (port.type().kind() == IoType.Kind.JSON) {
      return CodeBlock.of("$T.toJson($L)", VALUES, value + ", " + JavaLiterals.of(port.name()));
    }
    return CodeBlock.of("$T.serialize($L)", VALUES, value + ", " + JavaLiterals.of(port.type().kfpType()) + ", "
        + JavaLiterals.of(port.name()));
  }
}
