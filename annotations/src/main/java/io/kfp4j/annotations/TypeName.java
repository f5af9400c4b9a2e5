package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The KFP type name of a record or class passed as JSON; without it such values have type {@code JsonObject}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TypeName {
  /** The KFP type name, e.g. {@code "Metrics"}. */
  String value();
}
