/** Checks of the published BOM against the reactor it is built from. */
package io.kfp4j.bom;
