package io.kfp4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} marker every generated class carries, naming the method it comes from. */
final class Generated {
  private Generated() {}

  static AnnotationSpec of(ComponentModel model) {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", ComponentProcessor.class.getName())
        .addMember("comments", "$S", "from " + model.owner().canonicalName() + "#" + model.methodName())
        .build();
  }
}
