package io.kfp4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of a {@code @Pipeline} method: {@code spec()} builds the pipeline graph by calling the method
 * with its parameters declared, ready for the compiler, the local engine and the client.
 */
final class PipelineWriter {
  private static final ClassName GRAPH = GeneratedCodeTypes.PIPELINE_GRAPH;
  private static final ClassName PIPELINES = GeneratedCodeTypes.PIPELINES;

  private PipelineWriter() {}

  static JavaFile write(PipelineModel model) {
    CodeBlock.Builder build = CodeBlock.builder().add("return $T.builder(NAME)", PIPELINES);
    if (model.description() != null) {
      build.add(".description($S)", model.description());
    }
    if (model.pipelineRoot() != null) {
      build.add(".pipelineRoot($S)", model.pipelineRoot());
    }
    List<CodeBlock> arguments = new ArrayList<>();
    boolean unchecked = false;
    for (PipelineModel.Parameter p : model.parameters()) {
      CodeBlock type = p.rawType().equals(p.type())
          ? CodeBlock.of("$T.class", p.rawType())
          : CodeBlock.of("($T<$T>) ($T<?>) $T.class", Class.class, p.type(), Class.class, p.rawType());
      unchecked |= !p.rawType().equals(p.type());
      arguments.add(p.defaultText() == null
          ? CodeBlock.of("p.param($S, $L)", p.name(), type)
          : CodeBlock.of("p.param($S, $L, $S)", p.name(), type, p.defaultText()));
    }
    build.add("\n    .build(p -> $T.$L($L))", model.owner(), model.method().getSimpleName(),
        CodeBlock.join(arguments, ", "));
    MethodSpec.Builder spec = MethodSpec.methodBuilder("spec")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(GRAPH)
        .addJavadoc("Builds pipeline $S by calling {@link $T#$L}.\n\n@return the checked pipeline graph\n",
            model.name(), model.owner(), model.method().getSimpleName())
        .addStatement(build.build());
    if (unchecked) {
      spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    TypeSpec type = TypeSpec.classBuilder(model.generatedClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Generated.of(PipelineProcessor.class,
            "from " + model.owner().canonicalName() + "#" + model.method().getSimpleName()))
        .addOriginatingElement(model.method())
        .addJavadoc("Pipeline $S, generated from {@link $T#$L}.\n", model.name(), model.owner(),
            model.method().getSimpleName())
        .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The pipeline's name.\n").initializer("$S", model.name()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(spec.build())
        .build();
    return JavaFile.builder(model.owner().packageName(), type).skipJavaLangImports(true).build();
  }
}
