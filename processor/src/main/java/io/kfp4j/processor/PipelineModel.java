package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Pipeline} method as read and checked.
 *
 * @param method the method
 * @param owner its class
 * @param name the pipeline's name
 * @param key the KFP-sanitized name, used for the index resource
 * @param description the description, or {@code null}
 * @param pipelineRoot the pipeline root, or {@code null}
 * @param parameters the {@code Param<T>} parameters in order
 */
record PipelineModel(ExecutableElement method, ClassName owner, String name, String key, String description,
    String pipelineRoot, List<Parameter> parameters) {

  /**
   * One pipeline parameter.
   *
   * @param name its name
   * @param type the {@code T} of {@code Param<T>}
   * @param rawType the class literal to pass ({@code List} for {@code List<String>})
   * @param defaultText the {@code @Default} text, or {@code null}
   */
  record Parameter(String name, TypeName type, TypeName rawType, String defaultText) {}

  /** {@code additionPipeline} becomes {@code AdditionPipeline}; {@code train} becomes {@code TrainPipeline}. */
  ClassName generatedClass() {
    String base = Naming.capitalize(method.getSimpleName().toString());
    return ClassName.get(owner.packageName(), base.endsWith("Pipeline") ? base : base + "Pipeline");
  }

  /** Its line of the index: the generated class and the method, {@code com.x.FlipPipeline com.x.Flows#flip}. */
  String indexLine() {
    return generatedClass().reflectionName() + " " + owner.reflectionName() + "#" + method.getSimpleName();
  }

  /** The index resource that names the generated class. */
  String indexResource() {
    return ProjectResources.pipelineIndex(key);
  }
}
