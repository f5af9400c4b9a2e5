/**
 * The annotation processor that turns annotated methods into task factories, launcher entries and component.yaml. Filled in by the processor issue.
 */
package io.kfp4j.processor;
