/**
 * Not API: typed stubs of kfp4j's shared test components ({@code components/*.yaml} of this module), such as
 * {@code ReadConfigOp}, a shell component whose JSON object, Integer and JSON array outputs feed the authored
 * components of {@link io.kfp4j.testcomponents.JsonValues}.
 */
@ComponentStubs("components/read-config.yaml")
package io.kfp4j.testcomponents.shared;

import io.kfp4j.annotations.ComponentStubs;
