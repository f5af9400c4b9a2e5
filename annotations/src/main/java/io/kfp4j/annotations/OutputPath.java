package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A file output: the parameter ({@code java.nio.file.Path}) receives the path where the method writes the
 * output (its parent folder exists). The output's name drops a trailing {@code Path} ({@code modelPath}
 * becomes output {@code model}), as KFP drops {@code _path}.
 *
 * <p>On a parameter of type {@code io.kfp4j.runtime.metrics.Metrics} or {@code UiMetadata} (no type given), the
 * method adds metrics or visualizations to it and the launcher writes them as KFP's {@code mlpipeline_metrics} or
 * {@code mlpipeline_ui_metadata} output, which KFP's UI shows.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface OutputPath {
  /** The KFP type of the data, e.g. {@code "Model"}; empty for untyped. */
  String value() default "";
}
