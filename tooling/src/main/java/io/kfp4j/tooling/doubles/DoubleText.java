package io.kfp4j.tooling.doubles;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.tooling.ToolingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A double written as text on a command line: {@code TASK:OUTPUT=VALUE[,OUTPUT=VALUE...]}, or {@code TASK} alone for
 * a task without outputs. TASK is a task name or a component name; a value is KFP text, as {@code --param} takes
 * ({@code 1.5}, {@code True}, {@code [1, 2]}, {@code {}}). A comma starts a new output only before {@code NAME=}, so
 * {@code xs=[1, 2]} keeps its comma; a value holding {@code ,NAME=} goes in a doubles file ({@link DoublesFile}).
 */
public final class DoubleText {
  /** The syntax, for messages. */
  public static final String SYNTAX = "TASK:OUTPUT=VALUE[,OUTPUT=VALUE...] (TASK alone for a task without outputs)";

  private static final Pattern NEXT_OUTPUT = Pattern.compile(",(?=\\s*[A-Za-z_][\\w .-]*=)");
  private static final Pattern NEXT_DOUBLE = Pattern.compile("[;\\n]");

  private DoubleText() {}

  /**
   * One double.
   *
   * @param text {@code TASK:OUTPUT=VALUE,...} or {@code TASK}
   * @param option how the front end names where it was given, for messages: {@code --double}
   * @throws ToolingException ({@link Kind#INVALID_INPUT}) naming the option, the text and the fix when it is not of
   *     that form, or gives an output twice
   */
  public static GivenDouble parse(String text, String option) {
    String origin = option + " \"" + text + "\"";
    int colon = text.indexOf(':');
    String match = (colon < 0 ? text : text.substring(0, colon)).strip();
    if (match.isEmpty() || (colon < 0 && text.contains("="))) {
      throw malformed(origin, match.isEmpty() ? "it names no task" : "it has no colon after the task");
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    if (!rest.isBlank()) {
      for (String pair : NEXT_OUTPUT.split(rest, -1)) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? "" : pair.substring(0, eq).strip();
        if (name.isEmpty()) {
          throw malformed(origin, "\"" + pair + "\" is not OUTPUT=VALUE");
        }
        if (outputs.put(name, pair.substring(eq + 1)) != null) {
          throw new ToolingException(Kind.INVALID_INPUT, origin + ": output \"" + name + "\" is given twice",
              "give each output once", Map.of(), null);
        }
      }
    }
    return new GivenDouble(match, outputs, origin);
  }

  /**
   * Several doubles, one per line or separated by {@code ;} (as a Maven property or a pom element holds them); blank
   * entries are skipped.
   *
   * @param option how the front end names where they were given: {@code doubles (kfp4j.doubles)}
   * @throws ToolingException as {@link #parse}, and when two stand in for the same task or component
   */
  public static GivenDoubles parseAll(String text, String option) {
    List<GivenDouble> doubles = new ArrayList<>();
    for (String entry : NEXT_DOUBLE.split(text)) {
      if (!entry.isBlank()) {
        doubles.add(parse(entry.strip(), option));
      }
    }
    return GivenDoubles.of(doubles);
  }

  /**
   * The double a front end suggests for a task the engine refused to run (a library failure with the facts
   * {@code option} {@code double}, {@code task} and {@code outputs}): {@code create-secret:name=VALUE,manifest=VALUE}.
   */
  public static String suggested(Kfp4jException refusal) {
    String task = refusal.facts().getOrDefault(Fact.TASK, "TASK");
    String outputs = refusal.facts().getOrDefault("outputs", "");
    return outputs.isEmpty() ? task : task + ":" + String.join(",", Arrays.stream(outputs.split(","))
        .map(o -> o + "=VALUE").toList());
  }

  /**
   * The double a front end suggests for an importer the engine refused (a library failure with the facts
   * {@code option} {@code import} and {@code task}): {@code importer:artifact=CONTENT}.
   */
  public static String importDouble(Kfp4jException refusal) {
    return refusal.facts().getOrDefault(Fact.TASK, "TASK") + ":" + ArtifactImport.OUTPUT + "=CONTENT";
  }

  /**
   * The other way a front end suggests to run an importer the engine refused (a library failure with the facts
   * {@code option} {@code import} and, for a URI given as a pipeline parameter, {@code parameter}): a local file for
   * the run, given with {@code paramOption} ({@code --param uri=PATH}) when the URI is a parameter.
   */
  public static String localImport(Kfp4jException refusal, String paramOption) {
    String parameter = refusal.facts().get(Fact.PARAMETER);
    return parameter == null ? "a local file or folder (or a file:// URI) as its URI"
        : paramOption + parameter + "=PATH of a local file or folder (or a file:// URI)";
  }

  private static ToolingException malformed(String origin, String why) {
    return new ToolingException(Kind.INVALID_INPUT, origin + ": " + why, "write it as " + SYNTAX, Map.of(), null);
  }
}
