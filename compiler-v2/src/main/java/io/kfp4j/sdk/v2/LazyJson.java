package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The package's JSON mapper, made when first used (the class is initialized on the first read of {@link #MAPPER}):
 * a mapper's class initialization costs a short compile a tenth of its time, which a pipeline without JSON defaults
 * or importer metadata need not pay.
 */
final class LazyJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private LazyJson() {}
}
