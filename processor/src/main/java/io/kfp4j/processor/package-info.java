/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The kfp4j annotation processor. For each {@code @Component} method it reads the method into a
 * {@link io.kfp4j.processor.ComponentModel} (reporting every problem on the offending element), then writes a
 * {@code component.yaml} through the runtime's spec model, a typed task factory ({@code XxxOp}, with a record
 * {@code XxxResult} and {@code result(run, taskId)} to read a finished task's outputs) with the launcher entry
 * ({@code XxxOp.XxxEntry}) nested in it, one generated source a component, and the entry's index resource. Read,
 * validate, write; nothing is kept between rounds.
 *
 * <p>{@link io.kfp4j.processor.StubProcessor} makes typed stubs of shared {@code component.yaml} files
 * ({@code @ComponentStubs}): {@link io.kfp4j.processor.StubGenerator} reads each into an
 * {@link io.kfp4j.processor.OpModel}, the same shape {@link io.kfp4j.processor.OpWriter} writes for methods, and
 * marker types for KFP type names without a Java counterpart ({@code io.kfp4j.types.CSV}).
 */
package io.kfp4j.processor;
