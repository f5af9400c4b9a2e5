/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The kfp4j annotation processor. For each {@code @Component} method it reads the method into a
 * {@link io.kfp4j.processor.ComponentModel} (reporting every problem on the offending element) and writes a
 * {@code component.yaml} through the runtime's spec model; for each class with such methods, one source
 * ({@link io.kfp4j.processor.HolderWriter}, {@code CalcOps}) holding a typed task factory per method ({@code
 * CalcOps.AddOp}, which is also its tasks' type, with {@code result(run, taskId)} to read a finished task's outputs)
 * and the launcher entries of them all ({@code CalcOps.Entries}), which the launcher finds by the {@code Calc#add}
 * in each component's command. One source a class, not files a component: javac's cost per component stays that
 * of a plain class. Read, validate, write; nothing is kept between rounds but classes waiting for types.
 *
 * <p>{@link io.kfp4j.processor.StubProcessor} makes typed stubs of shared {@code component.yaml} files
 * ({@code @ComponentStubs}): {@link io.kfp4j.processor.StubGenerator} reads each into an
 * {@link io.kfp4j.processor.OpModel}, the same shape {@link io.kfp4j.processor.OpWriter} writes for methods, and
 * marker types for KFP type names without a Java counterpart ({@code io.kfp4j.types.CSV}).
 */
package io.kfp4j.processor;
