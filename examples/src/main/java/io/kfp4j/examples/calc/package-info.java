/** The seed's {@code add} component, in Java. */
package io.kfp4j.examples.calc;
