/**
 * Not API: what kfp4j's own modules (the tooling that every front end shares) call besides the image build, such as
 * the pinning of component specs to a built image; it may change in any release.
 */
package io.kfp4j.images.internal;
