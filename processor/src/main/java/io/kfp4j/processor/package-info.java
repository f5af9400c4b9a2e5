/**
 * The kfp4j annotation processor. For each {@code @Component} method it reads the method into a
 * {@link io.kfp4j.processor.ComponentModel} (reporting every problem on the offending element), then writes a
 * {@code component.yaml} through the runtime's spec model, a typed task factory ({@code XxxOp}) and a launcher
 * entry ({@code XxxEntry}) with its index resource. Read, validate, write; nothing is kept between rounds.
 */
package io.kfp4j.processor;
