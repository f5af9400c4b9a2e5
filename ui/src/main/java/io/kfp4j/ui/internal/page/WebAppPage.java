package io.kfp4j.ui.internal.page;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.ui.internal.store.StoreFiles;
import io.kfp4j.ui.internal.viz.Visualizations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The page of a {@code web-app} visualization, which its frame on a run's page loads: the HTML the task wrote, to
 * be served in a sandbox of its own (scripts run, in an opaque origin, with no network).
 */
public final class WebAppPage {
  /**
   * The policy it is served with: a sandbox without {@code allow-same-origin} (so even opened on its own it cannot
   * reach the UI), its own inline scripts and styles, images and fonts only as {@code data:}, nothing fetched.
   */
  public static final String POLICY = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline';"
      + " style-src 'unsafe-inline'; img-src data: blob:; font-src data:; media-src data: blob:; base-uri 'none';"
      + " form-action 'none'";

  private WebAppPage() {}

  /**
   * The HTML of entry {@code entry} of an {@code mlpipeline-ui-metadata} file of the store; empty when the file is
   * not one, cannot be read, or the entry is not a web app that can be shown.
   */
  public static Optional<String> html(StoreFiles files, Path metadata, int entry) {
    if (!KfpNames.k8sName(metadata.getFileName().toString()).equals("mlpipeline-ui-metadata")
        && !KfpNames.k8sName(metadata.getParent().getFileName().toString()).equals("mlpipeline-ui-metadata")) {
      return Optional.empty();
    }
    StoreFiles.FileText text;
    try {
      text = StoreFiles.read(metadata, FileView.MAX_PREVIEW);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (text.binary() || text.cut()) {
      return Optional.empty();
    }
    return Visualizations.webApp(text.text(), entry, source -> FileView.readSource(files, metadata, source));
  }
}
