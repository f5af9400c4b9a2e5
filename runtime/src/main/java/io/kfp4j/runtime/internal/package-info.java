/**
 * Not API. Packages under {@code io.kfp4j.runtime.internal} hold what kfp4j's generated code and its own modules call;
 * they may change in any release. Code of users names none of them.
 */
package io.kfp4j.runtime.internal;
