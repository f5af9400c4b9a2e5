package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import ml_pipelines.PipelineSpecOuterClass.PipelineSpec;

/**
 * KFP's own schema of the IR: {@code ml_pipelines.PipelineSpec} compiled from {@code pipeline_spec.proto} in the
 * build, parsed by protobuf-java's JSON parser, which refuses unknown fields and values of the wrong type.
 */
final class ProtoSchema {
  private ProtoSchema() {}

  /** Fails unless the tree parses strictly as a {@code PipelineSpec}; returns it for more assertions. */
  static JsonNode assertPipelineSpec(JsonNode spec) {
    try {
      JsonFormat.parser().merge(spec.toString(), PipelineSpec.newBuilder());
    } catch (InvalidProtocolBufferException e) {
      fail("not an ml_pipelines.PipelineSpec: " + e.getMessage() + "\n" + spec.toPrettyString());
    }
    return spec;
  }
}
