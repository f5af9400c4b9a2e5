package io.kfp4j.sdk.client;

import java.util.List;

/**
 * One page of a list call.
 *
 * @param items the page's items, never {@code null}
 * @param totalSize how many items the whole list has, as the server counts them
 * @param nextPageToken the token for the next page, or empty on the last page
 */
public record Page<T>(List<T> items, int totalSize, String nextPageToken) {
  public Page {
    items = items == null ? List.of() : List.copyOf(items);
    nextPageToken = nextPageToken == null ? "" : nextPageToken;
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return !nextPageToken.isEmpty();
  }
}
