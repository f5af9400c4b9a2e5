package io.kfp4j.ui;

import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.lineage.CacheReuses;
import io.kfp4j.ui.internal.lineage.Lineage;
import io.kfp4j.ui.internal.page.ComparePage;
import io.kfp4j.ui.internal.page.ExperimentsPage;
import io.kfp4j.ui.internal.page.LineagePage;
import io.kfp4j.ui.internal.page.RunPage;
import io.kfp4j.ui.internal.page.RunsPage;
import io.kfp4j.ui.internal.page.Shell;
import io.kfp4j.ui.internal.page.Site;
import io.kfp4j.ui.internal.page.WebAppPage;
import io.kfp4j.ui.internal.store.RunView;
import io.kfp4j.ui.internal.store.StoreFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The UI's routes: pages, the run body a live page polls, the store's files and the shipped assets. */
final class Routes {
  /**
   * Only what the jar ships loads, and no request leaves for another host. No inline script runs: the pages load
   * {@code /static/app.js} and nothing else, and a web-app visualization's frame loads its page from
   * {@code /web-app/...}, which has a sandboxed policy of its own ({@link WebAppPage#POLICY}).
   */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'self'";

  private final RunStore store;
  private final StoreFiles files;
  private final Site site;
  private final CacheReuses reuses;

  Routes(RunStore store) {
    this.store = store;
    this.files = new StoreFiles(store.root());
    this.site = new Site(files, false);
    this.reuses = new CacheReuses(store);
  }

  void handle(Exchange exchange) throws IOException {
    try (exchange) {
      try {
        exchange.uri();
      } catch (IllegalArgumentException e) {
        send(exchange, 400, "text/plain", "kfp4j ui cannot read this address: a %-escape is malformed");
        return;
      }
      if (!allowedHost(exchange.header("Host"))) {
        send(exchange, 403, "text/plain", "kfp4j ui answers only to 127.0.0.1 and localhost");
        return;
      }
      String method = exchange.method();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.setHeader("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "kfp4j ui only reads; " + method + " is not supported");
        return;
      }
      route(exchange, segments(exchange.uri().getRawPath()));
    } catch (RuntimeException e) {
      System.err.println("kfp4j ui: " + exchange.uri() + ": " + e);
      try {
        page(exchange, 500, error("Something went wrong", "kfp4j ui could not show " + exchange.uri()
            + ": " + e.getMessage()));
      } catch (IOException | RuntimeException ignored) {
        // the response had already started
      }
    }
  }

  private void route(Exchange exchange, List<String> path) throws IOException {
    String first = path.isEmpty() ? "" : path.get(0);
    switch (first) {
      case "" -> redirect(exchange, "/experiments");
      case "experiments" -> {
        if (path.size() == 1) {
          page(exchange, 200, ExperimentsPage.render(site, store.scan()));
        } else {
          page(exchange, 200, RunsPage.render(site, store.scan(), path.get(1)));
        }
      }
      case "runs" -> {
        if (path.size() == 1) {
          page(exchange, 200, RunsPage.render(site, store.scan(), null));
        } else {
          run(exchange, path.get(1));
        }
      }
      case "compare" -> compare(exchange);
      case "lineage" -> {
        String file = query(exchange, "file").stream().findFirst().filter(f -> !f.isBlank()).orElse(null);
        page(exchange, 200, LineagePage.render(site, file, file == null ? Optional.empty()
            : new Lineage(store, reuses).producerOf(file)));
      }
      case "files" -> file(exchange, String.join("/", path.subList(1, path.size())));
      case "web-app" -> webApp(exchange, String.join("/", path.subList(1, path.size())));
      case "static" -> asset(exchange, path.size() == 2 ? path.get(1) : "");
      default -> notFound(exchange, "There is no page " + exchange.uri().getPath() + ".");
    }
  }

  private void run(Exchange exchange, String id) throws IOException {
    boolean fragment = query(exchange, "fragment").contains("body");
    String tag = null;
    if (fragment && RunStore.isRunId(id)) {
      // the version is taken before the record is read: a record that changes meanwhile is sent again next time
      tag = version(id);
      if (tag != null && tag.equals(exchange.header("If-None-Match"))) {
        exchange.setHeader("ETag", tag);
        exchange.setHeader("Cache-Control", "no-store");
        exchange.sendResponseHeaders(304, -1);
        return;
      }
    }
    Optional<StoredRun> stored = RunStore.isRunId(id) ? store.locate(id).filter(r -> r.id().equals(id)) : Optional.empty();
    if (stored.isEmpty()) {
      notFound(exchange, "There is no run " + id + " under " + store.root() + ".");
      return;
    }
    if (fragment && tag != null && stored.get() instanceof StoredRun.Readable readable) {
      pageHeaders(exchange);
      exchange.setHeader("ETag", tag);
      Element holder = new Element("div");
      RunPage.body(site, holder, RunView.of(readable.run(), store.graph(id)), new Lineage(store, reuses));
      send(exchange, 200, "text/html; charset=utf-8", holder.child(0).outerHtml());
      return;
    }
    page(exchange, 200, RunPage.render(site, stored.get(), store.graph(id), new Lineage(store, reuses)));
  }

  private void compare(Exchange exchange) throws IOException {
    List<String> ids = query(exchange, "runs");
    List<RunRecord> runs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String id : ids) {
      Optional<StoredRun> found = RunStore.isRunId(id) ? store.locate(id) : Optional.empty();
      if (found.isPresent() && found.get() instanceof StoredRun.Readable r) {
        runs.add(r.run());
      } else {
        problems.add(found.map(f -> ((StoredRun.Unreadable) f).problem()).orElse("no run " + id));
      }
    }
    if (runs.size() < 2 || !problems.isEmpty()) {
      page(exchange, 400, error("Cannot compare", (problems.isEmpty() ? "" : String.join("; ", problems) + ". ")
          + "Select two runs on a runs page, then press Compare (the address takes ?runs=ID&runs=ID)."));
      return;
    }
    page(exchange, 200, ComparePage.render(site, runs));
  }

  private void file(Exchange exchange, String relative) throws IOException {
    Optional<Path> file = files.resolve(relative).filter(Files::isRegularFile);
    if (file.isEmpty()) {
      notFound(exchange, "There is no file " + relative + " in the run store " + store.root() + ".");
      return;
    }
    StoreFiles.FileText head = StoreFiles.read(file.get(), 8192);
    String type = head.binary() ? "application/octet-stream" : "text/plain; charset=utf-8";
    exchange.setHeader("Content-Type", type);
    exchange.setHeader("Content-Security-Policy", "sandbox");
    exchange.setHeader("X-Content-Type-Options", "nosniff");
    if (head.binary() || query(exchange, "download").size() > 0) {
      exchange.setHeader("Content-Disposition", "attachment; filename=\""
          + file.get().getFileName().toString().replaceAll("[^-_.A-Za-z0-9]", "_") + "\"");
    }
    long size = head.size();
    boolean headOnly = exchange.method().equals("HEAD");
    exchange.sendResponseHeaders(200, headOnly || size == 0 ? -1 : size);
    if (!headOnly && size > 0) {
      try (OutputStream out = exchange.body()) {
        Files.copy(file.get(), out);
      }
    }
  }

  /** The page of a web-app visualization, for its frame: in a sandbox of its own, never with the UI's policy. */
  private void webApp(Exchange exchange, String relative) throws IOException {
    List<String> entries = query(exchange, "entry");
    Optional<String> html = entries.size() == 1 && entries.get(0).matches("\\d{1,4}")
        ? files.resolve(relative).filter(Files::isRegularFile)
            .flatMap(f -> WebAppPage.html(files, f, Integer.parseInt(entries.get(0))))
        : Optional.empty();
    exchange.setHeader("Content-Security-Policy", WebAppPage.POLICY);
    exchange.setHeader("X-Content-Type-Options", "nosniff");
    exchange.setHeader("Referrer-Policy", "no-referrer");
    exchange.setHeader("Cache-Control", "no-store");
    if (html.isEmpty()) {
      send(exchange, 404, "text/plain; charset=utf-8", "There is no web app " + relative + " with entry "
          + String.join(",", entries) + " in the run store.");
      return;
    }
    send(exchange, 200, "text/html; charset=utf-8", html.get());
  }

  private void asset(Exchange exchange, String name) throws IOException {
    String type = switch (name) {
      case "app.css" -> "text/css; charset=utf-8";
      case "app.js" -> "text/javascript; charset=utf-8";
      default -> null;
    };
    if (type == null) {
      notFound(exchange, "There is no asset " + name + ".");
      return;
    }
    exchange.setHeader("Cache-Control", "max-age=60");
    send(exchange, 200, type, Shell.asset(name));
  }

  /** The version of a run's record (its time and size), or {@code null} when it has none. */
  private String version(String id) {
    Path record = store.runDir(id).resolve(RunStore.RECORD_FILE);
    try {
      return "\"" + Files.getLastModifiedTime(record).toMillis() + "-" + Files.size(record) + "\"";
    } catch (IOException e) {
      return null;
    }
  }

  private Document error(String title, String message) {
    Document doc = Shell.page(site, title);
    Element main = Shell.main(doc);
    main.appendElement("h1").text(title);
    main.appendElement("p").addClass("error").attr("id", "error").text(message);
    return doc;
  }

  private void notFound(Exchange exchange, String message) throws IOException {
    page(exchange, 404, error("Not found", message));
  }

  private static void redirect(Exchange exchange, String to) throws IOException {
    exchange.setHeader("Location", to);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void page(Exchange exchange, int status, Document doc) throws IOException {
    pageHeaders(exchange);
    send(exchange, status, "text/html; charset=utf-8", "<!doctype html>\n" + doc.html());
  }

  /** The headers of every page and page fragment: the policy, no sniffing, no referrer, no caching. */
  private static void pageHeaders(Exchange exchange) {
    exchange.setHeader("Content-Security-Policy", POLICY);
    exchange.setHeader("X-Content-Type-Options", "nosniff");
    exchange.setHeader("Referrer-Policy", "no-referrer");
    exchange.setHeader("Cache-Control", "no-store");
  }

  private static void send(Exchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.setHeader("Content-Type", type);
    boolean head = exchange.method().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      exchange.body().write(bytes);
    }
  }

  /** The path's segments, each percent-decoded on its own (so an encoded {@code /} stays inside its segment). */
  static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        out.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<String> query(Exchange exchange, String name) {
    String raw = exchange.uri().getRawQuery();
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static boolean allowedHost(String host) {
    if (host == null) {
      return true; // HTTP/1.0 clients send none
    }
    return host.matches("(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?");
  }

}
