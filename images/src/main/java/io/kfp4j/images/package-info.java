/**
 * Container images for components, built with jib-core. Filled in by the images issue.
 */
package io.kfp4j.images;
