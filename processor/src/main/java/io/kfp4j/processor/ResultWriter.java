package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed reading of a finished task into a task factory {@code XxxOp}: a record {@code XxxResult} with one
 * component per output, named as the task's output accessor and typed as the method declares it (files as their
 * stored {@code Path}), and {@code result(run, taskId)} / {@code results(run, task)} that decode a run's outputs into
 * it through {@code io.kfp4j.sdk.result} (module ir), which the local engine's {@code RunResult} implements.
 */
final class ResultWriter {
  private static final ClassName RUN_OUTPUTS = GeneratedCodeTypes.RUN_OUTPUTS;
  private static final ClassName TASK_OUTPUTS = GeneratedCodeTypes.TASK_OUTPUTS;
  private static final ClassName TYPE_REFERENCE = GeneratedCodeTypes.TYPE_REFERENCE;
  private static final ClassName PATH = ClassName.get("java.nio.file", "Path");

  private ResultWriter() {}

  /** The result record nested in the factory ({@code AddOp.AddResult}). */
  static ClassName resultClass(OpModel model) {
    return model.opClass().nestedClass(Naming.capitalize(model.factoryName()) + "Result");
  }

  /** Adds the result record and its reading methods to the factory class. */
  static void addTo(TypeSpec.Builder opClass, OpModel model) {
    ClassName result = resultClass(model);
    opClass.addMethod(MethodSpec.methodBuilder("result")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(RUN_OUTPUTS, "run")
            .addParameter(String.class, "taskId")
            .returns(result)
            .addJavadoc("""
                The outputs of a task of component $S in a finished run, each decoded to its Java type.

                @param run a finished run, such as the {@code RunResult} that {@code LocalRunner.run} returns
                @param taskId the task's id in the run: its name ({@code add-2}), with its loop indices inside loops
                    ({@code add[0]}, {@code add[0][1]})
                @return the outputs
                @throws IllegalArgumentException when the run has no such task (the message lists its tasks), or the
                    task runs another component
                @throws IllegalStateException when the task did not succeed (the message gives its status and why),
                    or an output is missing or cannot be read as its type
                """, model.componentName())
            .addStatement("return read(run.outputsOf(taskId, COMPONENT.loaded()))")
            .build())
        .addMethod(MethodSpec.methodBuilder("results")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(RUN_OUTPUTS, "run")
            .addParameter(String.class, "task")
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), result))
            .addJavadoc("""
                The outputs of every iteration of a task of component $S inside loops, in iteration order
                ({@code task[0]}, {@code task[1]}, ...; the outer loop first); a task outside loops has one.

                @param run a finished run
                @param task the task's name in the pipeline, without loop indices ({@code add})
                @return the outputs of each iteration
                @throws IllegalArgumentException when the run has no task of that name, or it runs another component
                @throws IllegalStateException when an iteration did not succeed (read the others with
                    {@link #result})
                """, model.componentName())
            .addStatement("return run.iterationsOf(task, COMPONENT.loaded()).stream().map($T::read).toList()",
                model.opClass())
            .build())
        .addMethod(read(model, result))
        .addType(record(model, result));
  }

  private static MethodSpec read(OpModel model, ClassName result) {
    CodeBlock values = model.outputs().stream().map(ResultWriter::decode).collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(TASK_OUTPUTS, "outputs")
        .returns(result)
        .addStatement(model.outputs().isEmpty() ? "return new $T($L)" : "return new $T(\n$L)", result, values)
        .build();
  }

  private static TypeSpec record(OpModel model, ClassName result) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The outputs of a finished task of component $S, each as its Java type", model.componentName())
        .add(model.outputs().stream().anyMatch(p -> p.type().isFile()) ? " (a file: its stored path).\n" : ".\n");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (!model.outputs().isEmpty()) {
      doc.add("\n");
    }
    for (Port port : model.outputs()) {
      String name = OpWriter.accessorName(port);
      constructor.addParameter(ParameterSpec.builder(resultType(port), name).build());
      doc.add("@param $L output $S$L$L\n", name, port.name(),
          port.type().kfpType() == null ? "" : " (" + port.type().kfpType() + ")",
          port.description() == null ? "" : ": " + port.description());
    }
    return TypeSpec.recordBuilder(result)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build())
        .build();
  }

  /** An output's type in the result: files as {@code Path}, values unboxed (a task that succeeded has them all). */
  static TypeName resultType(Port port) {
    if (port.type().isFile()) {
      return PATH;
    }
    TypeName type = port.type().javaType();
    return type.isBoxedPrimitive() ? type.unbox() : type;
  }

  private static CodeBlock decode(Port port) {
    String name = port.name();
    return switch (port.type().kind()) {
      case PATH -> CodeBlock.of("outputs.file($S)", name);
      case STRING -> CodeBlock.of("outputs.text($S)", name);
      case INT -> CodeBlock.of("outputs.toInt($S)", name);
      case LONG -> CodeBlock.of("outputs.toLong($S)", name);
      case DOUBLE -> CodeBlock.of("outputs.toDouble($S)", name);
      case FLOAT -> CodeBlock.of("outputs.toFloat($S)", name);
      case BOOLEAN -> CodeBlock.of("outputs.toBoolean($S)", name);
      case JSON -> CodeBlock.of("outputs.fromJson($S, new $T<$T>() {})", name, TYPE_REFERENCE,
          port.type().javaType());
    };
  }
}
