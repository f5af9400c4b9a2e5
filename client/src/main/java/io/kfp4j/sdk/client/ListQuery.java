package io.kfp4j.sdk.client;

/**
 * One page request of a list call, with kfp's defaults: {@code page_token=''}, {@code page_size=10},
 * {@code sort_by=''} (all three always sent), and an optional {@code filter}: the JSON of a KFP filter
 * ({@code {"predicates": [...]}}), sent as is.
 *
 * @param sortBy {@code "<field>"} or {@code "<field> desc"}, e.g. {@code "created_at desc"}
 */
public record ListQuery(String pageToken, int pageSize, String sortBy, String filter) {
  public ListQuery {
    pageToken = pageToken == null ? "" : pageToken;
    sortBy = sortBy == null ? "" : sortBy;
    if (pageSize < 1) {
      throw new IllegalArgumentException("the page size must be at least 1, was " + pageSize);
    }
  }

  /** The first page of 10, unsorted, unfiltered. */
  public static ListQuery firstPage() {
    return new ListQuery("", 10, "", null);
  }

  public ListQuery withPageToken(String token) {
    return new ListQuery(token, pageSize, sortBy, filter);
  }

  public ListQuery withPageSize(int size) {
    return new ListQuery(pageToken, size, sortBy, filter);
  }

  public ListQuery withSortBy(String sort) {
    return new ListQuery(pageToken, pageSize, sort, filter);
  }

  public ListQuery withFilter(String filterJson) {
    return new ListQuery(pageToken, pageSize, sortBy, filterJson);
  }
}
