package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.kfp4j.runtime.spec.KfpNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed reading of a finished task into a task factory {@code XxxOp}: {@code result(run, taskId)}, which
 * decodes a run's outputs through {@code io.kfp4j.sdk.result} (module ir), which the local engine's {@code RunResult}
 * implements ({@code run.results("add", AddOp::result)} reads every iteration in loops). A component with one output reads as that output's Java type (files as
 * their stored {@code Path}); one with several as a record {@code XxxResult} with a component per output, named as the
 * task's output accessor; one without outputs has neither method.
 */
final class ResultWriter {
  private static final ClassName RUN_OUTPUTS = GeneratedCodeTypes.RUN_OUTPUTS;
  private static final ClassName TASK_OUTPUTS = GeneratedCodeTypes.TASK_OUTPUTS;
  private static final ClassName PATH = ClassName.get("java.nio.file", "Path");

  private ResultWriter() {}

  /** The result record nested in the factory of a component with several outputs ({@code DescribeOp.DescribeResult}). */
  static ClassName resultClass(OpModel model) {
    return model.opClass().nestedClass(Naming.capitalize(model.factoryName()) + "Result");
  }

  /** What {@code result} returns: the one output's type, or the record. */
  private static TypeName resultType(OpModel model) {
    return model.outputs().size() == 1 ? resultType(model.outputs().get(0)) : resultClass(model);
  }

  /** Adds {@code result}, and the result record of a component with several outputs, to the factory class. */
  static void addTo(TypeSpec.Builder opClass, OpModel model) {
    if (model.outputs().isEmpty()) {
      return;
    }
    boolean single = model.outputs().size() == 1;
    TypeName result = resultType(model);
    String task = KfpNames.k8sName(model.componentName());  // a task's default name
    CodeBlock value = single ? decode(model.outputs().get(0))
        : CodeBlock.of("new $T(\n$L)", result,
            model.outputs().stream().map(ResultWriter::decode).collect(CodeBlock.joining(",\n")));
    opClass.addMethod(MethodSpec.methodBuilder("result")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(RUN_OUTPUTS, "run")
        .addParameter(String.class, "taskId")
        .returns(result)
        .addJavadoc("The $L of task {@code taskId} in a finished run ({@link $T#outputsOf}); every iteration:"
            + " {@code run.results(\"$L\", $L::result)}.\n",
            single ? "output \"" + model.outputs().get(0).name() + "\"" : "outputs", RUN_OUTPUTS, task,
            model.opClass().simpleName())
        .addStatement("$T outputs = run.outputsOf(taskId, COMPONENT.loaded())", TASK_OUTPUTS)
        .addStatement("return $L", value)
        .build());
    if (!single) {
      opClass.addType(record(model, resultClass(model)));
    }
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
      String name = OpWriter.accessorName(model, port);
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
    String literal = JavaLiterals.of(name);
    return switch (port.type().kind()) {
      case PATH -> CodeBlock.of("$L", "outputs.file(" + literal + ")");
      case STRING -> CodeBlock.of("$L", "outputs.text(" + literal + ")");
      case INT -> CodeBlock.of("$L", "outputs.toInt(" + literal + ")");
      case LONG -> CodeBlock.of("$L", "outputs.toLong(" + literal + ")");
      case DOUBLE -> CodeBlock.of("$L", "outputs.toDouble(" + literal + ")");
      case FLOAT -> CodeBlock.of("$L", "outputs.toFloat(" + literal + ")");
      case BOOLEAN -> CodeBlock.of("$L", "outputs.toBoolean(" + literal + ")");
      case JSON -> JavaTypeValues.isValue(port.type().javaType())
          ? CodeBlock.of("outputs.<$T>fromJson($S, $L)", port.type().javaType().box(), name,
              JavaTypeValues.of(port.type().javaType()))
          : CodeBlock.of("outputs.fromJson($S, $L)", name, JavaTypeValues.of(port.type().javaType()));
    };
  }
}
