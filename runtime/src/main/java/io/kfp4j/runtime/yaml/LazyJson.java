package io.kfp4j.runtime.yaml;

import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The package's JSON mapper, made when first used (the class is initialized on the first read of {@link #MAPPER}):
 * a mapper's class initialization (Jackson's date formats, the locale's data) costs a short command a fifth of its
 * time, which reading a KFP v1 file, the common case, need not pay.
 */
final class LazyJson {
  static final JsonMapper MAPPER = new JsonMapper();

  private LazyJson() {}
}
