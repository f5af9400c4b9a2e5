/**
 * API.
 *
 * KFP v1 types and their value (de)serializers, byte for byte compatible with KFP 1.8.22: Python {@code str()},
 * {@code repr(float)} ({@link io.kfp4j.runtime.types.PythonFloat}), {@code json.dumps(v, sort_keys=True)}
 * ({@link io.kfp4j.runtime.types.PythonJson}) and {@code strtobool} ({@link io.kfp4j.runtime.types.StrToBool}).
 * {@link io.kfp4j.runtime.types.TypeRegistry} resolves type names and aliases to
 * {@link io.kfp4j.runtime.types.KfpType}s and follows KFP's {@code serialize_value} rules.
 */
package io.kfp4j.runtime.types;
