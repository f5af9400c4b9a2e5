package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a static method that builds a pipeline from tasks, as KFP's {@code @dsl.pipeline}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Pipeline {
  /** The pipeline's name; default from the method name. */
  String name() default "";

  /** What the pipeline does. */
  String description() default "";

  /** Where the pipeline's artifacts go (KFP's {@code pipeline_root}); empty for the server's default. */
  String pipelineRoot() default "";
}
