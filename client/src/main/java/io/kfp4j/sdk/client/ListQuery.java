package io.kfp4j.sdk.client;

/**
 * One page request of a list call, with kfp's defaults: {@code page_token=''}, {@code page_size=10},
 * {@code sort_by=''} (all three always sent), and an optional {@code filter}: the JSON of a KFP filter
 * ({@code {"predicates": [...]}}), sent as is. Immutable; {@link #firstPage()} then {@code withX}, or
 * {@link #builder()}.
 *
 * <pre>{@code
 * ListQuery query = ListQuery.firstPage().withPageSize(50).withSortBy("created_at desc");
 * }</pre>
 */
public final class ListQuery {
  private final String pageToken;
  private final int pageSize;
  private final String sortBy;
  private final String filter;

  private ListQuery(Builder b) {
    this.pageToken = b.pageToken == null ? "" : b.pageToken;
    this.sortBy = b.sortBy == null ? "" : b.sortBy;
    this.pageSize = b.pageSize;
    this.filter = b.filter;
    if (pageSize < 1) {
      throw new IllegalArgumentException("the page size must be at least 1, was " + pageSize);
    }
  }

  /** The first page of 10, unsorted, unfiltered. */
  public static ListQuery firstPage() {
    return builder().build();
  }

  /** A builder holding {@link #firstPage()}'s defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query, to change a part of it. */
  public Builder toBuilder() {
    return builder().pageToken(pageToken).pageSize(pageSize).sortBy(sortBy).filter(filter);
  }

  /** The same query for another page. */
  public ListQuery withPageToken(String token) {
    return toBuilder().pageToken(token).build();
  }

  /** The same query with pages of another size. */
  public ListQuery withPageSize(int size) {
    return toBuilder().pageSize(size).build();
  }

  /** The same query, sorted: {@code "<field>"} or {@code "<field> desc"}, e.g. {@code "created_at desc"}. */
  public ListQuery withSortBy(String sort) {
    return toBuilder().sortBy(sort).build();
  }

  /** The same query with a KFP filter's JSON, or {@code null} for none. */
  public ListQuery withFilter(String filterJson) {
    return toBuilder().filter(filterJson).build();
  }

  /** The page token, {@code ""} for the first page. */
  public String pageToken() {
    return pageToken;
  }

  /** Items per page, at least 1. */
  public int pageSize() {
    return pageSize;
  }

  /** {@code "<field>"} or {@code "<field> desc"}, or {@code ""}. */
  public String sortBy() {
    return sortBy;
  }

  /** The JSON of a KFP filter, or {@code null}. */
  public String filter() {
    return filter;
  }

  @Override
  public String toString() {
    return "ListQuery[pageToken=" + pageToken + ", pageSize=" + pageSize + ", sortBy=" + sortBy + ", filter=" + filter
        + "]";
  }

  /** Builds a {@link ListQuery}. */
  public static final class Builder {
    private String pageToken = "";
    private int pageSize = 10;
    private String sortBy = "";
    private String filter;

    private Builder() {}

    /** The page to list, as the previous page names it; {@code null} or {@code ""} for the first. */
    public Builder pageToken(String token) {
      pageToken = token;
      return this;
    }

    /** Items per page, at least 1 (default 10). */
    public Builder pageSize(int size) {
      pageSize = size;
      return this;
    }

    /** {@code "<field>"} or {@code "<field> desc"}; {@code null} or {@code ""} unsorted. */
    public Builder sortBy(String sort) {
      sortBy = sort;
      return this;
    }

    /** The JSON of a KFP filter, or {@code null} for none. */
    public Builder filter(String filterJson) {
      filter = filterJson;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException for a page size below 1
     */
    public ListQuery build() {
      return new ListQuery(this);
    }
  }
}
