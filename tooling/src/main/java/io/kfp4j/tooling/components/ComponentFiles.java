package io.kfp4j.tooling.components;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.DefaultMismatch;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Component specs loaded from a path or a URL and described in one line each: valid with a summary, invalid with
 * every problem, valid with warnings for what only KFP v2 understands.
 */
public final class ComponentFiles {
  /** The prefixes that make a source a URL rather than a path. */
  public static final List<String> URL_PREFIXES = List.of("http://", "https://", "file:", "gs://");

  /** The names of component spec files: {@code component.yaml}, {@code train.component.yaml}, {@code x_component.yml}. */
  private static final Pattern SPEC_NAME = Pattern.compile(".*component\\.ya?ml");

  private ComponentFiles() {}

  /** Whether a file's name is that of a component spec ({@code component.yaml}, {@code *component.yaml}, .yml). */
  public static boolean isSpecName(Path file) {
    return SPEC_NAME.matcher(file.getFileName().toString()).matches();
  }

  /**
   * The sources with every folder replaced by the component specs under it ({@link #isSpecName}), sorted; paths
   * and URLs pass through.
   *
   * @throws InvalidSpecException naming a folder that holds no component spec or cannot be listed
   */
  public static List<String> expandFolders(List<String> sources) {
    List<String> expanded = new ArrayList<>();
    for (String source : sources) {
      Path dir = isUrl(source) || source.isBlank() ? null : asPath(source);
      if (dir == null || !Files.isDirectory(dir)) {
        expanded.add(source);
        continue;
      }
      List<String> specs = specsIn(dir, source);
      if (specs.isEmpty()) {
        throw single(source, "a folder without component specs (files named component.yaml or *component.yaml,"
            + " .yml too); give a component.yaml or a folder holding some");
      }
      expanded.addAll(specs);
    }
    return List.copyOf(expanded);
  }

  /** The component specs under a folder, at any depth, sorted by path. */
  public static List<String> specsIn(Path dir, String shownAs) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(ComponentFiles::isSpecName).sorted().map(Path::toString)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw single(shownAs, "cannot list the folder: " + e.getMessage());
    }
  }

  private static Path asPath(String source) {
    try {
      return Path.of(source);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Whether the source is a URL ({@link #URL_PREFIXES}) rather than a path. */
  public static boolean isUrl(String fileOrUrl) {
    return URL_PREFIXES.stream().anyMatch(fileOrUrl::startsWith);
  }

  /**
   * Loads and validates a component.
   *
   * @param fileOrUrl a path or a URL
   * @throws InvalidSpecException when it cannot be read or is not a valid spec, with every problem
   */
  public static LoadedComponent load(String fileOrUrl) {
    return load(fileOrUrl, false);
  }

  /**
   * Loads and validates a component, strictly or not.
   *
   * @param fileOrUrl a path or a URL
   * @param strict whether what KFP accepts with a warning (a duplicated key) is a problem
   * @throws InvalidSpecException when it cannot be read or is not a valid spec, with every problem
   */
  public static LoadedComponent load(String fileOrUrl, boolean strict) {
    if (fileOrUrl.isBlank()) {
      throw single("\"" + fileOrUrl + "\"", "an empty name; give the path or URL of a component.yaml");
    }
    ComponentLoader loader = strict ? ComponentLoader.standard().strict() : ComponentLoader.standard();
    if (isUrl(fileOrUrl)) {
      return loader.fromUrl(fileOrUrl);
    }
    Path path;
    try {
      path = Path.of(fileOrUrl);
    } catch (InvalidPathException e) {
      throw single(fileOrUrl, "not a valid path: " + e.getMessage());
    }
    return loader.fromFile(path);
  }

  /**
   * {@code "Add" (2 inputs, 1 output, container, sha256:0123456789ab)}: a valid component in one line; a KFP v2
   * component file's kind reads {@code KFP v2 container}.
   */
  public static String summary(LoadedComponent component) {
    ComponentSpec spec = component.spec();
    String name = spec.name() == null ? "(no name)" : "\"" + spec.name() + "\"";
    String kind;
    if (spec.implementation() instanceof Implementation.Container) {
      kind = spec.v2Native().isPresent() ? "KFP v2 container" : "container";
    } else if (spec.implementation() instanceof Implementation.Graph) {
      kind = "graph";
    } else {
      kind = "no implementation";
    }
    String digest = component.digest().substring(0, Math.min(12, component.digest().length()));
    return name + " (" + count(spec.inputs().size(), "input") + ", " + count(spec.outputs().size(), "output") + ", "
        + kind + ", sha256:" + digest + ")";
  }

  /**
   * Every problem of an invalid component, one line each, in the order of the file:
   * {@code file:line:col: field.path: message}.
   */
  public static List<String> problems(String fileOrUrl, InvalidSpecException e) {
    if (e.problems().isEmpty()) {
      return List.of(fileOrUrl + ": " + e.getMessage());
    }
    return e.problems().stream()
        .sorted(Comparator.comparingInt(SpecProblem::line).thenComparingInt(SpecProblem::column))
        .map(SpecProblem::toString).toList();
  }

  /**
   * A warning for what the loader pointed out (a duplicated key), for every placeholder of a valid component that only
   * KFP v2 understands (that it runs on KFP v2 only), then for every default its input's type cannot read
   * ({@link DefaultMismatch}); each at its {@code file:line:column: field.path}, as problems are.
   */
  public static List<String> warnings(String fileOrUrl, LoadedComponent component) {
    List<String> warnings = new ArrayList<>();
    component.warnings().forEach(w -> warnings.add(
        new SpecProblem(fileOrUrl, w.line(), w.column(), w.path(), "warning: " + w.message()).toString()));
    List<SpecProblem> found = new ArrayList<>();
    V2Usage.find(component.spec()).forEach(u -> found.add(SpecProblem.at(u.path(), "warning: " + v2Only(u))));
    DefaultMismatch.find(component.spec()).forEach(d -> found.add(SpecProblem.at(d.path(), "warning: "
        + d.message())));
    ComponentLoader.standard().locate(component, fileOrUrl, found).forEach(w -> warnings.add(w.toString()));
    return List.copyOf(warnings);
  }

  /**
   * A component that only KFP v2 can run (a KFP v2 component file's Python function, run through KFP's executor, or a
   * v1 spec with KFP v2's placeholders): what to do.
   */
  private static String v2Only(V2Usage use) {
    return "runs on KFP v2 only: " + use.placeholder() + " is filled in by KFP v2's launcher;"
        + " compile the pipelines that use it for the v2 target (the Argo target and the embedded engine refuse it)";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static InvalidSpecException single(String source, String message) {
    return new InvalidSpecException(List.of(new SpecProblem(source, 0, 0, "", message)));
  }
}
