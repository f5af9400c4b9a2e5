package io.kfp4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} marker every generated class carries, naming what it comes from. */
final class Generated {
  private Generated() {}

  static AnnotationSpec of(ComponentModel model) {
    return of(ComponentProcessor.class, "from " + model.owner().canonicalName() + "#" + model.methodName());
  }

  /** {@code @Generated(value = generator, comments = comments)}. */
  static AnnotationSpec of(Class<?> generator, String comments) {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", generator.getName())
        .addMember("comments", "$S", comments)
        .build();
  }
}
