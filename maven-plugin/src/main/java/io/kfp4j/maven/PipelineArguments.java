package io.kfp4j.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A pipeline's arguments from the pom ({@code <parameters><a>7</a></parameters>}) and from the command line
 * ({@code -Dkfp4j.params=a=7,b=8}), which wins. A comma starts a new argument only before {@code NAME=}, so list
 * values keep theirs: {@code -Dkfp4j.params="xs=[1, 2],b=8"}.
 */
final class PipelineArguments {
  private static final Pattern SEPARATOR = Pattern.compile(",(?=\\s*[A-Za-z_][A-Za-z0-9_.-]*=)");

  private PipelineArguments() {}

  /**
   * The arguments, in order: the pom's, then the command line's.
   *
   * @param fromPom the {@code parameters} map, or {@code null}
   * @param fromProperty the {@code kfp4j.params} text, or {@code null}
   * @throws MojoFailureException when a part of the text is not {@code NAME=VALUE}
   */
  static Map<String, String> of(Map<String, String> fromPom, String fromProperty) throws MojoFailureException {
    Map<String, String> arguments = new LinkedHashMap<>();
    if (fromPom != null) {
      fromPom.forEach((name, value) -> arguments.put(name, value == null ? "" : value));
    }
    if (fromProperty == null || fromProperty.isBlank()) {
      return arguments;
    }
    for (String part : SEPARATOR.split(fromProperty.strip())) {
      int eq = part.indexOf('=');
      if (eq <= 0 || part.substring(0, eq).isBlank()) {
        throw new MojoFailureException("kfp4j.params takes NAME=VALUE,NAME=VALUE; \"" + part + "\" in \""
            + fromProperty + "\" is not NAME=VALUE");
      }
      arguments.put(part.substring(0, eq).strip(), part.substring(eq + 1));
    }
    return arguments;
  }
}
