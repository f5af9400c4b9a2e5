package io.kfp4j.ui.internal.page;

import io.kfp4j.ui.internal.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Where a page is shown: served by {@code kfp4j ui} (links to other pages and files, live updates), or exported as
 * one self-contained file (styles and script inline, small files embedded as {@code data:} links, no links out).
 *
 * @param files the store's files
 * @param export whether the page is an export
 */
public record Site(StoreFiles files, boolean export) {
  /** The largest file an export embeds. */
  public static final long MAX_EMBEDDED = 2L * 1024 * 1024;

  /** A link to another page of the UI, or {@code null} in an export, where only the run's page exists. */
  public String page(String href) {
    return export ? null : href;
  }

  /** A link to a run's page. */
  public String run(String runId) {
    return page("/runs/" + encode(runId));
  }

  /** A link to an experiment's runs. */
  public String experiment(String name) {
    return page("/experiments/" + encode(name));
  }

  /** A link to a task's panel on its run's page. */
  public String task(String runId, String taskId) {
    return page("/runs/" + encode(runId) + "#task=" + encode(taskId));
  }

  /** A link to a file of the store, or in an export its content when small enough, else {@code null}. */
  public String file(Path file) {
    if (!export) {
      return under("/files", file);
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_EMBEDDED) {
        return null;
      }
      return "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The address of the page of the {@code web-app} entry {@code entry} of an {@code mlpipeline-ui-metadata} file,
   * or {@code null} in an export (its frames hold their pages).
   */
  public String webApp(Path metadata, int entry) {
    return export ? null : under("/web-app", metadata) + "?entry=" + entry;
  }

  private String under(String prefix, Path file) {
    StringBuilder href = new StringBuilder(prefix);
    for (String part : files.relative(file).split("/")) {
      href.append('/').append(encode(part));
    }
    return href.toString();
  }

  /** A URL path segment or query value. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
