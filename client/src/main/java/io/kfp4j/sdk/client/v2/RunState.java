package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** {@code v2beta1RuntimeState}: where a run is. A value this client does not know reads as {@link #RUNTIME_STATE_UNSPECIFIED}. */
public enum RunState {
  RUNTIME_STATE_UNSPECIFIED, PENDING, RUNNING, SUCCEEDED, SKIPPED, FAILED, CANCELING, CANCELED, PAUSED;

  /** Whether a run in this state has finished: {@code SUCCEEDED}, {@code SKIPPED}, {@code FAILED} or {@code CANCELED}. */
  public boolean finished() {
    return this == SUCCEEDED || this == SKIPPED || this == FAILED || this == CANCELED;
  }

  /** The state of the server's text, any case; unknown or {@code null} text is {@link #RUNTIME_STATE_UNSPECIFIED}. */
  @JsonCreator
  public static RunState of(String text) {
    if (text == null) {
      return RUNTIME_STATE_UNSPECIFIED;
    }
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return RUNTIME_STATE_UNSPECIFIED;
    }
  }
}
