package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default of an optional input, as KFP writes it: the text a task receives when no argument is given
 * ({@code "1.5"}, {@code "True"}, {@code "[1, 2]"}). The processor checks that it parses as the input's type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Default {
  /** The default, serialized as KFP does. */
  String value();
}
