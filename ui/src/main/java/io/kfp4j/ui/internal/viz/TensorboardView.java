package io.kfp4j.ui.internal.viz;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A {@code tensorboard} visualization: the log directory its {@code source} names and the command that shows it
 * with TensorBoard on one's own machine. Nothing is started and nothing outside is linked.
 */
final class TensorboardView {

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private TensorboardView() {}

  static List<Element> render(UiMetadata.Output output) throws InvalidInput {
    String logDir = output.source();
    if (logDir == null || logDir.isBlank()) {
      throw new InvalidInput("source",
          "missing; expected the log directory, e.g. \"gs://bucket/logs\" or a local path");
    }
    Element dir = new Element("p").addClass("viz-tensorboard-logdir").appendText("Log directory: ");
    dir.appendElement("code").text(logDir);
    Element how = new Element("p").text("To view it, run TensorBoard on your machine:");
    Element command = new Element("pre").addClass("viz-tensorboard-command");
    command.appendElement("code").text(command(logDir));
    return List.of(dir, how, command);
  }

  /** {@code tensorboard --logdir DIR}, with DIR quoted for a POSIX shell when it needs to be. */
  static String command(String logDir) {
    String quoted = SHELL_SAFE.matcher(logDir).matches() ? logDir : "'" + logDir.replace("'", "'\\''") + "'";
    return "tensorboard --logdir " + quoted;
  }
}
