package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.components.ComponentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the component specs under the project's resources ({@code component.yaml} and {@code *.component.yaml},
 * {@code .yml} too) as {@code kfp4j components validate} does: a line per valid spec, every problem of an invalid one
 * as {@code file:line:column: field: message}, a warning for what only KFP v2 understands. Any invalid spec fails
 * the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends ProjectMojo {
  private static final Pattern SPEC_NAME = Pattern.compile("(.+\\.)?component\\.ya?ml");

  /** The specs to check, as paths or URLs, instead of those found under the project's resources. */
  @Parameter(property = "kfp4j.components")
  List<String> components;

  @Override
  void run() throws MojoFailureException {
    List<String> sources = components != null && !components.isEmpty() ? components : found();
    if (sources.isEmpty()) {
      getLog().info("kfp4j: no component specs under the resources of " + projectName());
      return;
    }
    List<String> problems = new ArrayList<>();
    int invalid = 0;
    for (String source : sources) {
      try {
        LoadedComponent component = ComponentFiles.load(source);
        getLog().info("OK  " + source + "  " + ComponentFiles.summary(component));
        ComponentFiles.warnings(source, component).forEach(getLog()::warn);
      } catch (InvalidSpecException e) {
        invalid++;
        List<String> lines = ComponentFiles.problems(source, e);
        lines.forEach(getLog()::error);
        problems.addAll(lines);
      }
    }
    getLog().info((sources.size() - invalid) + " valid, " + invalid + " invalid");
    if (invalid > 0) {
      throw new MojoFailureException(invalid + " of " + sources.size() + " component specs are invalid:\n  "
          + String.join("\n  ", problems));
    }
  }

  /** The specs under the resource folders, sorted. */
  private List<String> found() {
    List<String> found = new ArrayList<>();
    for (Resource resource : project.getBuild().getResources()) {
      Path dir = Path.of(resource.getDirectory());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).filter(f -> SPEC_NAME.matcher(f.getFileName().toString()).matches())
            .sorted().map(Path::toString).forEach(found::add);
      } catch (IOException | UncheckedIOException e) {
        throw new ToolingException(Kfp4jException.Kind.IO, "cannot list the resources in " + dir + ": "
            + e.getMessage(), e);
      }
    }
    return found;
  }
}
