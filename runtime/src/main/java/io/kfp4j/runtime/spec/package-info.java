/**
 * API.
 *
 * The KFP v1 component specification ({@code component.yaml}) as immutable records and sealed interfaces.
 *
 * <p>{@link io.kfp4j.runtime.spec.ComponentSpec} is the root. Absent lists and maps are empty, absent scalars
 * are {@code null}; every collection is unmodifiable. The model is the only thing in kfp4j that describes a
 * component: the YAML reader and writer ({@code io.kfp4j.runtime.yaml}), the processor, the compiler and the
 * local engine all use it.
 */
package io.kfp4j.runtime.spec;
