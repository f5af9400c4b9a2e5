package io.kfp4j.ui;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.lineage.Lineage;
import io.kfp4j.ui.internal.page.RunPage;
import io.kfp4j.ui.internal.page.Site;
import io.kfp4j.ui.internal.store.StoreFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code kfp4j runs report RUN_ID --html FILE}: a run's page as one self-contained file: style and script inline,
 * output files up to {@link Site#MAX_EMBEDDED} embedded as downloads, no links to anything outside the file.
 */
public final class RunReport {
  private RunReport() {}

  /**
   * The report of a run (its id, or a unique start of it) as HTML text.
   *
   * @throws Kfp4jException when there is no such run ({@link Kfp4jException.Kind#NOT_FOUND}, fact {@code run}) or
   *     its record cannot be read
   */
  public static String html(RunStore store, String runId) {
    StoredRun run = store.locate(runId).orElseThrow(() -> new Kfp4jException(Kfp4jException.Kind.NOT_FOUND,
        "no run \"" + runId + "\" (or more than one run starts with it) under " + store.root(), null,
        Kfp4jException.facts(Kfp4jException.Fact.RUN, runId, Kfp4jException.Fact.FILE, store.root().toString()),
        null));
    if (run instanceof StoredRun.Unreadable bad) {
      throw new Kfp4jException(Kfp4jException.Kind.INVALID_INPUT, "run " + bad.id() + " cannot be reported: "
          + bad.problem(), null, Kfp4jException.facts(Kfp4jException.Fact.RUN, bad.id()), null);
    }
    Site site = new Site(new StoreFiles(store.root()), true);
    return "<!doctype html>\n" + RunPage.render(site, run, store.graph(run.id()), new Lineage(store)).html();
  }

  /** Writes the report of a run to a file, atomically; returns the file. */
  public static Path write(RunStore store, String runId, Path file) {
    String html = html(store, runId);
    Path target = file.toAbsolutePath();
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Path temp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new Kfp4jException(Kfp4jException.Kind.IO, "cannot write the report to " + target + ": " + e.getMessage(),
          null, Kfp4jException.facts(Kfp4jException.Fact.FILE, target.toString()), e);
    }
  }
}
