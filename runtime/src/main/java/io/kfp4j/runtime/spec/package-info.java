/**
 * API.
 *
 * The KFP v1 component specification ({@code component.yaml}) as immutable records and sealed interfaces.
 *
 * <p>{@link io.kfp4j.runtime.spec.ComponentSpec} is the root. Absent lists and maps are empty, absent scalars
 * are {@code null}; every collection is unmodifiable. The model is the only thing in kfp4j that describes a
 * component: the YAML reader and writer ({@code io.kfp4j.runtime.yaml}), the processor, the compiler and the
 * local engine all use it. A component loaded from a KFP v2 component file is described by the same model (its v1
 * view), and carries what a KFP v2 compiler copies verbatim in {@link io.kfp4j.runtime.spec.V2Native}.
 */
package io.kfp4j.runtime.spec;
