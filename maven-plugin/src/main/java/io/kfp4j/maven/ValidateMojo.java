package io.kfp4j.maven;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.tooling.components.ComponentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the component specs under the project's resources ({@code component.yaml} and {@code *component.yaml},
 * {@code .yml} too) as {@code kfp4j components validate} does: a line per valid spec, every problem of an invalid one
 * as {@code file:line:column: field: message}, a warning for what only KFP v2 understands and for a key given twice
 * ({@code strict}: a problem). Any invalid spec fails the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends ProjectMojo {
  /** The specs to check, as paths, folders or URLs, instead of those found under the project's resources. */
  @Parameter(property = "kfp4j.components")
  List<String> components;

  /**
   * Whether what KFP accepts with a warning is a problem: a key given twice in one mapping (KFP keeps the last value;
   * without {@code strict} that is a warning naming both lines).
   */
  @Parameter(property = "kfp4j.strict", defaultValue = "false")
  boolean strict;

  @Override
  void run() throws MojoFailureException {
    List<String> sources;
    try {
      sources = components != null && !components.isEmpty() ? ComponentFiles.expandFolders(components) : found();
    } catch (InvalidSpecException e) {
      throw new MojoFailureException(String.join("\n", ComponentFiles.problems("kfp4j.components", e)));
    }
    if (sources.isEmpty()) {
      getLog().info("kfp4j: no component specs under the resources of " + projectName());
      return;
    }
    int invalid = 0;
    for (String source : sources) {
      try {
        LoadedComponent component = ComponentFiles.load(source, strict);
        getLog().info("OK  " + source + "  " + ComponentFiles.summary(component));
        ComponentFiles.warnings(source, component).forEach(getLog()::warn);
      } catch (InvalidSpecException e) {
        invalid++;
        ComponentFiles.problems(source, e).forEach(getLog()::error);
      }
    }
    getLog().info((sources.size() - invalid) + " valid, " + invalid + " invalid");
    if (invalid > 0) {
      throw new MojoFailureException(invalid + " of " + sources.size() + " component specs are invalid; their"
          + " problems are listed above as file:line:column: field: message");
    }
  }

  /** The specs under the resource folders, sorted. */
  private List<String> found() throws MojoFailureException {
    List<String> found = new ArrayList<>();
    for (Resource resource : project.getBuild().getResources()) {
      Path dir = Path.of(resource.getDirectory());
      if (Files.isDirectory(dir)) {
        try {
          found.addAll(ComponentFiles.specsIn(dir, dir.toString()));
        } catch (InvalidSpecException e) {
          throw new MojoFailureException(String.join("\n", ComponentFiles.problems(dir.toString(), e)));
        }
      }
    }
    return found;
  }
}
