/**
 * API.
 *
 * Reading and writing {@code component.yaml}: {@link io.kfp4j.runtime.yaml.ComponentLoader} loads text, files,
 * URLs and zips into the spec model with every problem located (file:line:column and field path), in either format:
 * a KFP v1 component spec, or a KFP v2 component file (an IR with one component), whose spec keeps its v2 parts in
 * {@link io.kfp4j.runtime.spec.V2Native};
 * {@link io.kfp4j.runtime.yaml.ComponentWriter} saves a spec as KFP 1.8.22 writes it.
 */
package io.kfp4j.runtime.yaml;
