package io.kfp4j.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.argo.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The requests {@code kfp.Client} 1.8.22 made in {@code kfp-sdk-outputs/client_requests.log}, in order. */
final class KfpRequestLog {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private KfpRequestLog() {}

  /** Each request: {@code method}, {@code path} (with the query), {@code content_type}, {@code auth}, {@code json}/{@code raw}. */
  static List<JsonNode> entries() {
    try {
      String text = Files.readString(Reference.file("kfp-sdk-outputs/client_requests.log"));
      List<JsonNode> entries = new ArrayList<>();
      for (String part : text.split("\n---\n?")) {
        if (!part.isBlank()) {
          entries.add(JSON.readTree(part));
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
