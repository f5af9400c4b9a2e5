package io.kfp4j.cli;

import io.kfp4j.sdk.client.ListQuery;
import io.kfp4j.sdk.client.Page;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The paging options of a list command on a KFP server, mixed in: one page, newest first by default. */
public final class PageOptions {
  @Option(names = "--page-size", paramLabel = "N", defaultValue = "20", description = "Items per page (default: 20).")
  int pageSize;

  @Option(names = "--page-token", paramLabel = "TOKEN", description = "The page to list, as the previous page's"
      + " footer names it.")
  String pageToken;

  @Option(names = "--sort-by", paramLabel = "FIELD", defaultValue = "created_at desc",
      description = "A field, then 'desc' for descending (default: 'created_at desc').")
  String sortBy;

  @Option(names = "--filter", paramLabel = "JSON", description = "Only the items this KFP filter keeps. API v2beta1:"
      + " '{\"predicates\": [{\"operation\": \"EQUALS\", \"key\": \"display_name\", \"string_value\":"
      + " \"nightly\"}]}'; v1beta1 writes \"op\" for \"operation\" and key \"name\".")
  String filter;

  /** The list query of these options. */
  public ListQuery query() {
    return ListQuery.builder().pageToken(pageToken).pageSize(Math.max(1, pageSize)).sortBy(sortBy).filter(filter)
        .build();
  }

  /** A page as the API's list answer: {@code {"<field>": [...], "total_size": N, "next_page_token": "..."}}. */
  static java.util.Map<String, Object> json(String field, Page<?> page) {
    java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put(field, page.items());
    answer.put("total_size", page.totalSize());
    answer.put("next_page_token", page.nextPageToken());
    return answer;
  }

  /** The table footer: how many items there are, and how to get the next page. */
  static void footer(PrintWriter out, Page<?> page) {
    out.println(page.items().size() + " of " + page.totalSize()
        + (page.hasNext() ? "; next page: --page-token " + page.nextPageToken() : ""));
  }
}
