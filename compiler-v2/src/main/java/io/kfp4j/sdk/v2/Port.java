package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An input or output of a component as KFP v2 declares it.
 *
 * @param name its v2 name
 * @param type parameter or artifact type
 * @param optional whether an argument may be left out
 * @param defaultValue the default as a protobuf {@code Value}, or {@code null}
 */
record Port(String name, IoType type, boolean optional, JsonNode defaultValue) {

  boolean isParameter() {
    return type instanceof IoType.Parameter;
  }

  /** The parameter type, or {@code null} for an artifact. */
  String parameterType() {
    return type instanceof IoType.Parameter p ? p.parameterType() : null;
  }
}
