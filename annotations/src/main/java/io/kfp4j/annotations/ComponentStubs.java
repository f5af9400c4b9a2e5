package io.kfp4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shared {@code component.yaml} files that become typed task factories ({@code XxxOp}) at compile time, in the
 * package of the annotated class or {@code package-info.java}:
 *
 * <pre>{@code
 * @ComponentStubs({"components/train.yaml", "components/predict.yaml"})
 * package com.example.ml;
 * }</pre>
 *
 * <p>Each entry is a classpath resource ({@code src/main/resources/components/train.yaml} in Maven), else a file
 * or folder (every {@code .yaml} and {@code .yml} in it) relative to the processor option {@code kfp4j.projectDir}
 * (default: the compiler's working directory), or absolute. Mistakes in a file are compile errors on the annotated
 * element naming the file, line, column and field path.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface ComponentStubs {
  /** The resources, files or folders holding the component specs. */
  String[] value();
}
