package io.kfp4j.ui.internal.page;

import io.kfp4j.runtime.metrics.UiOutputs;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.ui.internal.store.Format;
import io.kfp4j.ui.internal.store.StoreFiles;
import io.kfp4j.ui.internal.viz.Visualizations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * A task's input or output file on a page: KFP's {@code mlpipeline-ui-metadata} and {@code mlpipeline-metrics}
 * outputs rendered as KFP renders them, CSV as a table, other text as text, a folder as its files, each with a
 * download link.
 */
final class FileView {
  static final int MAX_PREVIEW = 256 * 1024;
  static final int MAX_ROWS = 50;
  static final int MAX_CHARS = 20_000;
  static final int MAX_LISTED = 50;

  private FileView() {}

  static void render(Site site, Element parent, Path file, String name) {
    Element view = parent.appendElement("div").addClass("file");
    if (Files.isDirectory(file)) {
      folder(site, view, file);
      return;
    }
    StoreFiles.FileText text;
    try {
      text = StoreFiles.read(file, MAX_PREVIEW);
    } catch (IOException e) {
      view.appendElement("p").addClass("error").text("cannot read " + file + ": " + e.getMessage());
      return;
    }
    String kind = UiOutputs.artifactOf(name).orElse("");
    if (text.binary()) {
      view.appendElement("p").addClass("note").text("binary file, " + Format.size(text.size()));
    } else if (kind.equals(UiOutputs.UI_METADATA_ARTIFACT) && !text.cut()) {
      Element viz = view.appendElement("div").addClass("visualizations");
      Visualizations.uiMetadata(text.text(), source -> readSource(site.files(), file, source),
          site.export() ? null : entry -> site.webApp(file, entry)).forEach(viz::appendChild);
    } else if (kind.equals(UiOutputs.METRICS_ARTIFACT) && !text.cut()) {
      view.appendChild(Visualizations.metrics(text.text()));
    } else if (looksLikeCsv(name, text.text())) {
      view.appendChild(Visualizations.csvPreview(text.text(), MAX_ROWS));
    } else {
      view.appendChild(Visualizations.textPreview(text.text(), MAX_CHARS));
    }
    if (text.cut()) {
      view.appendElement("p").addClass("note").text("showing the first " + Format.size(MAX_PREVIEW) + " of "
          + Format.size(text.size()));
    }
    download(site, view, file, name, text.size());
  }

  private static void folder(Site site, Element view, Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().limit(MAX_LISTED + 1L).toList();
    } catch (IOException e) {
      view.appendElement("p").addClass("error").text("cannot list " + dir + ": " + e.getMessage());
      return;
    }
    view.appendElement("p").addClass("note").text("folder" + (files.isEmpty() ? " (empty)" : ":"));
    Element list = view.appendElement("ul").addClass("folder");
    for (Path f : files.subList(0, Math.min(files.size(), MAX_LISTED))) {
      Element item = list.appendElement("li");
      String href = site.file(f);
      Shell.link(item, dir.relativize(f).toString(), href);
    }
    if (files.size() > MAX_LISTED) {
      view.appendElement("p").addClass("note").text("first " + MAX_LISTED + " files shown");
    }
  }

  private static void download(Site site, Element view, Path file, String name, long size) {
    String href = site.file(file);
    if (href != null) {
      view.appendElement("a").addClass("download").attr("href", href).attr("download", KfpNames.fileName(name))
          .text("download (" + Format.size(size) + ")");
    } else if (site.export()) {
      view.appendElement("p").addClass("note").text("not embedded in this report (" + Format.size(size)
          + "): " + file);
    }
  }

  /** A visualization's source: a file of the store, by path or relative to the metadata file's task. */
  static String readSource(StoreFiles files, Path metadata, String source) throws IOException {
    Path path;
    try {
      path = Path.of(source.startsWith("file://") ? source.substring("file://".length()) : source);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException("\"" + source + "\" is not a local path; the local UI shows files of the run store only");
    }
    Path candidate = path.isAbsolute() ? path : metadata.getParent().resolve(path);
    Path found = files.recorded(candidate.normalize().toString()).filter(Files::isRegularFile)
        .or(() -> files.recorded(RunStore.promotedPath(candidate.normalize()).toString()).filter(Files::isRegularFile))
        .orElseThrow(
        () -> new IOException("\"" + source + "\" is not a file inside the run store " + files.root()
            + "; write the data inline (storage: inline) or into a file of the task's outputs"));
    StoreFiles.FileText text = StoreFiles.read(found, 16 * 1024 * 1024);
    if (text.binary() || text.cut()) {
      throw new IOException("\"" + source + "\" is " + (text.binary() ? "not text" : "over 16 MB"));
    }
    return text.text();
  }

  /** A file named .csv, an output named like CSV, or text whose first lines have the same number of commas. */
  static boolean looksLikeCsv(String name, String text) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".csv") || lower.contains("csv")) {
      return true;
    }
    String[] lines = text.lines().limit(6).toArray(String[]::new);
    if (lines.length < 2) {
      return false;
    }
    long commas = lines[0].chars().filter(c -> c == ',').count();
    if (commas == 0) {
      return false;
    }
    for (String line : lines) {
      if (line.chars().filter(c -> c == ',').count() != commas) {
        return false;
      }
    }
    return true;
  }
}
