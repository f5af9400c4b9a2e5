package io.kfp4j.ui.internal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The frame every page shares: title, style sheet, script, the top bar; the page fills {@code main}. */
public final class Shell {
  private Shell() {}

  /** A page with its title; returns the document, whose {@code main} element the caller fills. */
  public static Document page(Site site, String title) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(title + " · kfp4j");
    if (site.export()) {
      doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(asset("app.css")));
    } else {
      doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/app.css");
      doc.head().appendElement("script").attr("src", "/static/app.js").attr("defer", "");
    }
    Element top = doc.body().appendElement("header").addClass("top");
    link(top.appendElement("span").addClass("brand"), "kfp4j", site.page("/experiments"));
    Element nav = top.appendElement("nav");
    if (!site.export()) {
      nav.appendElement("a").attr("href", "/experiments").text("Experiments");
      nav.appendElement("a").attr("href", "/runs").text("All runs");
      nav.appendElement("a").attr("href", "/lineage").text("Lineage");
    } else {
      nav.appendElement("span").text("exported run report");
    }
    top.appendElement("span").addClass("store").text(site.files().root().toString());
    doc.body().appendElement("main").attr("id", "main");
    if (site.export()) {
      doc.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(asset("app.js")));
    }
    return doc;
  }

  /** The page's {@code main} element. */
  public static Element main(Document doc) {
    return doc.getElementById("main");
  }

  /** Text as a link when there is a target, plain text otherwise (an export has no other pages). */
  public static Element link(Element parent, String text, String href) {
    return href == null ? parent.appendElement("span").text(text) : parent.appendElement("a").attr("href", href).text(text);
  }

  /** A name and its value in a definition list; returns the value's element, empty when value is null. */
  public static Element fact(Element dl, String name, String value) {
    dl.appendElement("dt").text(name);
    Element dd = dl.appendElement("dd");
    if (value != null) {
      dd.text(value);
    }
    return dd;
  }

  /** A status as a coloured badge. */
  public static Element badge(Element parent, Enum<?> status) {
    String name = status.name().toLowerCase(java.util.Locale.ROOT);
    return parent.appendElement("span").addClass("badge").addClass("status-" + name).text(name);
  }

  /** A style sheet or script shipped in the jar. */
  public static String asset(String name) {
    try (InputStream in = Shell.class.getResourceAsStream("/io/kfp4j/ui/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the UI's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
