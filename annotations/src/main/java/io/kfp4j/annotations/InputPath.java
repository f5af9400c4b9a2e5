package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A file input: the parameter ({@code java.nio.file.Path}) receives the path of a file holding the data. The
 * input's name drops a trailing {@code Path} ({@code dataPath} becomes input {@code data}), as KFP drops
 * {@code _path}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface InputPath {
  /** The KFP type of the data, e.g. {@code "CSV"}; empty for untyped. */
  String value() default "";
}
