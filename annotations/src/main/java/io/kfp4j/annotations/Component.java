package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method as a KFP component. At compile time the kfp4j processor writes a typed
 * task factory ({@code <Method>Op}), a launcher entry and a {@code component.yaml}.
 *
 * <p>Inputs are the parameters (by value, or files with {@link InputPath}); outputs are the return value
 * (one output named {@code Output}; a record gives one output per record component) and {@link OutputPath}
 * parameters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Component {
  /** The human name; default from the method name as KFP does ({@code trainModel} becomes "Train model"). */
  String name() default "";

  /** What the component does; default: the first sentence of the method's javadoc. */
  String description() default "";

  /** The image that runs the component; default: the processor option {@code kfp4j.image}. */
  String image() default "";

  /**
   * The base image (with {@code java} on its PATH) the project image is built on when the build names none:
   * {@code REF}, {@code docker://REF} or {@code tar://PATH}. The components of one project must agree on it.
   */
  String baseImage() default "";

  /** Annotations of the component, each {@code key=value}. */
  String[] annotations() default {};

  /** Labels of the component, each {@code key=value}. */
  String[] labels() default {};
}
