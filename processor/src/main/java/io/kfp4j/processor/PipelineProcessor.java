package io.kfp4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.StandardLocation;

/**
 * Turns each {@code @Pipeline} method (static, {@code void}, taking {@code Param<T>} parameters, optionally with
 * {@code @Default}) into a class whose {@code spec()} builds the pipeline, and indexes it under
 * {@code META-INF/kfp4j/pipelines/<key>} (the name as KFP sanitizes it) so that tools find pipelines by name: one
 * line per pipeline of that key, {@code <generated class> <Owner>#<method>}, binary names.
 */
@AutoService(Processor.class)
public final class PipelineProcessor extends AbstractProcessor {
  private static final String PARAM = GeneratedCodeTypes.PARAM.canonicalName();

  /** The processors' one place to report. */
  private Diagnostics diagnostics;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Pipeline.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // pipelines whose names KFP sanitizes alike ("pipeline flip coin", "pipeline-flip-coin") share one index file;
    // tools list them all and ask for a qualified name (CLASS#method) when a name is ambiguous
    Map<String, List<PipelineModel>> byKey = new LinkedHashMap<>();
    for (Element element : round.getElementsAnnotatedWith(Pipeline.class)) {
      if (!(element instanceof ExecutableElement method)) {
        continue;
      }
      PipelineModel model = diagnostics.guard(method, "reading this @Pipeline method", () -> read(method));
      if (model == null) {
        continue;
      }
      Boolean written = diagnostics.guard(method, "writing the class of this @Pipeline method", () -> write(model));
      if (Boolean.TRUE.equals(written)) {
        byKey.computeIfAbsent(model.key(), k -> new ArrayList<>()).add(model);
      }
    }
    byKey.forEach(this::writeIndex);
    return false;
  }

  /** The index file of a name: one line per pipeline, {@code <generated class> <Owner>#<method>}. */
  private void writeIndex(String key, List<PipelineModel> models) {
    PipelineModel first = models.get(0);
    try {
      var file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", first.indexResource(),
          models.stream().map(PipelineModel::method).toArray(Element[]::new));
      try (Writer out = file.openWriter()) {
        for (PipelineModel model : models) {
          out.write(model.indexLine() + "\n");
        }
      }
    } catch (IOException e) {
      diagnostics.error(first.method(),
          "cannot write the index of pipeline \"" + first.name() + "\": " + e.getMessage());
    }
  }

  private PipelineModel read(ExecutableElement method) {
    boolean ok = true;
    Pipeline annotation = method.getAnnotation(Pipeline.class);
    if (!method.getModifiers().contains(Modifier.STATIC) || !method.getModifiers().contains(Modifier.PUBLIC)) {
      ok = false;
      diagnostics.error(method, "a @Pipeline method must be public static: the generated class calls it to build the"
          + " pipeline");
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      ok = false;
      diagnostics.error(method,
          "a @Pipeline method returns nothing (void): calling factories inside it adds the tasks");
    }
    List<PipelineModel.Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      if (!TypeMapper.isType(type, PARAM) || ((DeclaredType) type).getTypeArguments().isEmpty()) {
        ok = false;
        diagnostics.error(parameter, "a @Pipeline method takes pipeline parameters as Param<T>, such as Param<Double> "
            + parameter.getSimpleName() + ", not " + type);
        continue;
      }
      TypeMirror valueType = ((DeclaredType) type).getTypeArguments().get(0);
      if (valueType.getKind() != TypeKind.DECLARED) {
        ok = false;
        diagnostics.error(parameter,
            "the type of a Param must be a class such as Double or List<String>, not " + valueType);
        continue;
      }
      TypeName value = TypeName.get(valueType);
      TypeName raw = value instanceof ParameterizedTypeName p ? p.rawType() : value;
      Default defaultValue = parameter.getAnnotation(Default.class);
      String problem = defaultValue == null ? null : defaultProblem(raw, defaultValue.value());
      if (problem != null) {
        ok = false;
        diagnostics.error(parameter, problem);
        continue;
      }
      parameters.add(new PipelineModel.Parameter(parameter.getSimpleName().toString(), value, raw,
          defaultValue == null ? null : defaultValue.value()));
    }
    String name = annotation.name().isBlank() ? Naming.componentName(method.getSimpleName().toString())
        : annotation.name().strip();
    String key = KfpNames.k8sName(name);
    if (key.isEmpty()) {
      ok = false;
      diagnostics.error(method,
          "the pipeline name \"" + name + "\" has no letters or digits; give @Pipeline(name = ...)"
          + " a name such as \"addition-pipeline\"");
    }
    if (!ok) {
      return null;
    }
    return new PipelineModel(method, ClassName.get((TypeElement) method.getEnclosingElement()), name, key,
        annotation.description().isBlank() ? null : annotation.description(),
        annotation.pipelineRoot().isBlank() ? null : annotation.pipelineRoot(), parameters);
  }

  /**
   * Why a {@code @Default} text is no value of its parameter's KFP type, as the run would find when the default is
   * used ({@code @Default("x") Param<Double>}), or null; parameters of other types take any text, as they do then.
   */
  private static String defaultProblem(TypeName raw, String text) {
    String kfpType = switch (raw.toString()) {
      case "java.lang.Integer", "java.lang.Long" -> "Integer";
      case "java.lang.Double", "java.lang.Float" -> "Float";
      case "java.lang.Boolean" -> "Boolean";
      case "java.util.List" -> "JsonArray";
      case "java.util.Map" -> "JsonObject";
      default -> null;
    };
    if (kfpType == null) {
      return null;
    }
    try {
      TypeRegistry.standard().deserialize(text, kfpType);
      return null;
    } catch (TypeConversionException e) {
      return "@Default(\"" + text + "\") is not a valid " + kfpType + ": " + e.getMessage();
    }
  }

  /**
   * Whether the generated class that already exists is this pipeline's own from an earlier build: an IDE's
   * incremental build (or javac given one changed file) recompiles the pipeline's source with the old classes on
   * the classpath, and the old index in the class output names that class for this method.
   */
  private boolean isPreviousOutput(PipelineModel model) {
    try {
      var index = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", model.indexResource());
      return index.getCharContent(true).toString().lines().anyMatch(model.indexLine()::equals);
    } catch (IOException | IllegalArgumentException e) {
      return false; // no index there: the class is someone else's
    }
  }

  /** Writes the generated class; {@code false} after reporting why it cannot be written. */
  private boolean write(PipelineModel model) {
    ClassName generated = model.generatedClass();
    if (processingEnv.getElementUtils().getTypeElement(generated.canonicalName()) != null
        && !isPreviousOutput(model)) {
      diagnostics.error(model.method(),
          "the class " + generated.canonicalName() + " that kfp4j generates for this pipeline"
          + " already exists; rename the method or that class");
      return false;
    }
    try {
      PipelineWriter.write(model).writeTo(processingEnv.getFiler());
      return true;
    } catch (FilerException e) {
      diagnostics.error(model.method(), "cannot write " + generated.canonicalName() + ", the class of pipeline \""
          + model.name() + "\": " + e.getMessage() + "; " + Diagnostics.EXISTING_CLASS_FIX);
      return false;
    } catch (IOException e) {
      diagnostics.error(model.method(),
          "cannot write the class of pipeline \"" + model.name() + "\": " + e.getMessage());
      return false;
    }
  }

}
