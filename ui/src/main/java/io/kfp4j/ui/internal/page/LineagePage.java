package io.kfp4j.ui.internal.page;

import io.kfp4j.ui.internal.lineage.TaskRef;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /lineage?file=PATH}: for any file of the store (as a path from its root), the task and run that produced
 * it, with a link to that task, whose panel shows who read it and where it came from through the cache.
 */
public final class LineagePage {
  private LineagePage() {}

  /** The page for a file, or the form to ask for one when {@code file} is {@code null}. */
  public static Document render(Site site, String file, Optional<TaskRef> producer) {
    Document doc = Shell.page(site, "Lineage");
    Element main = Shell.main(doc);
    main.appendElement("h1").text("Lineage of a file");
    Element form = main.appendElement("form").attr("action", "/lineage").attr("method", "get");
    form.appendElement("label").attr("for", "file").text("File, from the store's root (runs/…): ");
    form.appendElement("input").attr("id", "file").attr("name", "file").attr("size", "80")
        .attr("value", file == null ? "" : file);
    form.appendElement("button").attr("type", "submit").text("Find");
    if (file == null) {
      return doc;
    }
    Element answer = main.appendElement("div").attr("id", "lineage-answer");
    if (producer.isEmpty()) {
      answer.addClass("error").text("No task of a readable run wrote or read \"" + file + "\" under "
          + site.files().root() + ". Give the path of a task's output or input file, from the store's root, as the"
          + " run page's download links show it (runs/RUN/tasks/TASK/outputs/NAME/data).");
      return doc;
    }
    TaskRef ref = producer.get();
    answer.appendText("Produced by task ");
    Shell.link(answer, ref.task(), site.task(ref.run(), ref.task()))
        .addClass("task-link");
    answer.appendText(" (output " + ref.port() + ") in run ");
    Shell.link(answer, ref.run(), site.run(ref.run()));
    answer.appendText(". Its panel lists the tasks that read it and, through the cache, where it came from.");
    return doc;
  }
}
