/**
 * Not API: kfp4j's own; may change in any release.
 *
 * Component images and the pins they leave: a build records which image holds which classes ({@link
 * io.kfp4j.tooling.images.ImagePin}), and a later compile applies the pin only while the classes are the ones built
 * into the image ({@link io.kfp4j.tooling.images.PinState}).
 */
package io.kfp4j.tooling.images;
