package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
 * Writes the launcher entry {@code XxxOp.XxxEntry}, nested in the task factory so that a component costs javac one
 * generated source: the component's flags, and plain code that converts each argument, calls the method and stages
 * every output until the call succeeds (the JSON of the {@code Metrics} and {@code UiMetadata} the method filled
 * included). No reflection. The entry refers to nothing of its enclosing class, so that the launcher loads it without
 * the factory and the task API, which a component's image leaves out.
 */
final class EntryWriter {
  private static final ClassName FLAG = GeneratedCodeTypes.FLAG;
  private static final ClassName VALUES = GeneratedCodeTypes.VALUES;
  private static final ClassName PARSED = GeneratedCodeTypes.PARSED_ARGUMENTS;
  private static final ClassName STAGING = GeneratedCodeTypes.OUTPUT_STAGING;
  private static final ClassName TYPE_REFERENCE = GeneratedCodeTypes.TYPE_REFERENCE;
  /**
   * Names the generated method uses itself, as variables or as the qualifiers of static calls (a local variable
   * would hide a class of the same name); parameters with these names, or the names of the method's class, get a
   * trailing underscore.
   */
  private static final Set<String> TAKEN = Set.of("arguments", "staging", "result", "Values", "Optional");

  private EntryWriter() {}

  /** The entry as a static class to nest in the component's {@code XxxOp}. */
  static TypeSpec write(ComponentModel model) {
    CodeBlock.Builder flags = CodeBlock.builder().add("$T.of(", List.class).indent();
    List<Port> ports = model.ports();
    for (int i = 0; i < ports.size(); i++) {
      flags.add(i == 0 ? "\n" : ",\n").add(flag(SpecBuilder.flag(ports.get(i))));
    }
    flags.unindent().add(")");

    MethodSpec.Builder run = MethodSpec.methodBuilder("run")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(PARSED, "arguments")
        .addException(Exception.class);
    for (Port port : model.inputs()) {
      run.addStatement("$T $L = $L", localType(port), local(model, port), input(port));
    }
    run.beginControlFlow("try ($T staging = new $T())", STAGING, STAGING);
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
        run.addStatement("staging.write(arguments.outputPath($S), $L)", port.name(), serialize(port, "result"));
      } else if (port.passing() == Port.Passing.RECORD_COMPONENT) {
        run.addStatement("staging.write(arguments.outputPath($S), $L)", port.name(),
            serialize(port, "result." + port.javaName() + "()"));
      } else if (port.passing() == Port.Passing.REPORT) {
        run.addStatement("staging.write(arguments.outputPath($S), $L.toJson())", port.name(), local(model, port));
      }
    }
    run.addStatement("staging.commit()");
    run.endControlFlow();

    ClassName entry = model.entryClass();
    return TypeSpec.classBuilder(entry)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(GeneratedCodeTypes.COMPONENT_ENTRY)
        .addJavadoc("Launcher entry of component $S: parses its flags and calls {@link $T#$L}. It uses nothing of"
            + " {@code $L}, so that the launcher loads it alone.\n", model.name(), model.owner(), model.methodName(),
            model.opClass().simpleName())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), FLAG), "FLAGS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(flags.build()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the entry; the launcher finds it through {@code $L}.\n",
                io.kfp4j.runtime.internal.entry.EntryIndex.resource(model.key()))
            .build())
        .addMethod(MethodSpec.methodBuilder("componentName").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return $S", model.name()).build())
        .addMethod(MethodSpec.methodBuilder("flags").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(ParameterizedTypeName.get(ClassName.get(List.class), FLAG))
            .addStatement("return FLAGS").build())
        .addMethod(run.build())
        .build();
  }

  private static CodeBlock flag(Flag f) {
    return switch (f.kind()) {
      case VALUE -> CodeBlock.of("$T.value($S, $L, $S, $S)", FLAG, f.name(), f.required(), f.kfpType(), f.javaType());
      case INPUT_PATH -> CodeBlock.of("$T.inputPath($S, $L, $S)", FLAG, f.name(), f.required(), f.kfpType());
      case OUTPUT_PATH -> CodeBlock.of("$T.outputPath($S, $S, $S)", FLAG, f.name(), f.kfpType(), f.javaType());
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
          ? CodeBlock.of("$T.ofNullable(arguments.inputPath($S))", Optional.class, port.name())
          : CodeBlock.of("arguments.inputPath($S)", port.name());
    }
    if (port.wrapped()) {
      return CodeBlock.of("arguments.has($S) ? $T.of($L) : $T.empty()", port.name(), Optional.class,
          convert(port, CodeBlock.of("arguments.value($S)", port.name())), Optional.class);
    }
    CodeBlock text = port.defaultText() == null
        ? CodeBlock.of("arguments.value($S)", port.name())
        : CodeBlock.of("$T.text(arguments, $S, $S)", VALUES, port.name(), port.defaultText());
    return convert(port, text);
  }

  private static CodeBlock convert(Port port, CodeBlock text) {
    return switch (port.type().kind()) {
      case STRING -> text;
      case INT -> CodeBlock.of("$T.toInt($L, $S)", VALUES, text, port.name());
      case LONG -> CodeBlock.of("$T.toLong($L, $S)", VALUES, text, port.name());
      case DOUBLE -> CodeBlock.of("$T.toDouble($L, $S)", VALUES, text, port.name());
      case FLOAT -> CodeBlock.of("$T.toFloat($L, $S)", VALUES, text, port.name());
      case BOOLEAN -> CodeBlock.of("$T.toBoolean($L, $S)", VALUES, text, port.name());
      case JSON -> CodeBlock.of("$T.fromJson($L, $S, new $T<$T>() {})", VALUES, text, port.name(), TYPE_REFERENCE,
          port.type().javaType().box());
      case PATH -> throw new IllegalStateException("files are not converted");
    };
  }

  private static CodeBlock serialize(Port port, String value) {
    if (port.type().kind() == IoType.Kind.JSON) {
      return CodeBlock.of("$T.toJson($L, $S)", VALUES, value, port.name());
    }
    return CodeBlock.of("$T.serialize($L, $S, $S)", VALUES, value, port.type().kfpType(), port.name());
  }
}
