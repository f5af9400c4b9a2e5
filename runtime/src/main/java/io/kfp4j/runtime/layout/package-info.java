/** The resources kfp4j-processor writes into a project's class output, and their names. */
package io.kfp4j.runtime.layout;
