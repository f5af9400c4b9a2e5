package io.kfp4j.bom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * What is wrong with a published BOM, against the reactor it comes from: every published module of the root pom's
 * {@code <modules>} must be listed at the project's version, and nothing else may be there.
 *
 * <p>A module is published unless it sets {@code maven.deploy.skip} to {@code true}; modules of packaging
 * {@code pom} (the BOM itself) and {@code maven-archetype} are not dependencies, so they are not listed.
 */
final class BomCheck {
  private static final String GROUP = "io.kfp4j";
  private static final String PROJECT_VERSION = "${project.version}";
  private static final Set<String> NOT_DEPENDENCIES = Set.of("pom", "maven-archetype");
  private static final List<String> NOTHING_ELSE = List.of("parent", "properties", "dependencies", "build",
      "profiles", "repositories", "pluginRepositories");

  private BomCheck() {}

  /**
   * The problems, each naming the module or entry and the fix; empty when the BOM is right.
   *
   * @param root the reactor's folder, with the root pom.xml
   * @param publishedBom the BOM as installed and deployed (flattened)
   */
  static List<String> problems(Path root, Path publishedBom) {
    PomFile rootPom = PomFile.read(root.resolve("pom.xml"));
    String version = rootPom.text("version").orElseThrow(
        () -> new IllegalStateException(rootPom.path() + " has no <version>"));
    Map<String, String> published = publishedModules(root, rootPom);
    PomFile bom = PomFile.read(publishedBom);
    List<String> problems = new ArrayList<>();

    String bomVersion = bom.text("version").orElse("(none)");
    if (!bomVersion.equals(version)) {
      problems.add(bom.path() + ": version " + bomVersion + ", the reactor's is " + version
          + "; the BOM must inherit the project's version");
    }
    for (String element : NOTHING_ELSE) {
      if (bom.has(element)) {
        problems.add(bom.path() + ": has <" + element + ">, which an importing build would see or need;"
            + " the published BOM holds only kfp4j's dependencyManagement (see flatten's pomElements in bom/pom.xml)");
      }
    }

    Map<String, Element> listed = new LinkedHashMap<>();
    for (Element dependency : bom.all("dependencyManagement/dependencies/dependency")) {
      String artifactId = PomFile.textOf(dependency, "artifactId");
      if (listed.put(artifactId, dependency) != null) {
        problems.add(bom.path() + ": " + artifactId + " is listed twice; keep one");
      }
    }
    published.forEach((artifactId, module) -> {
      if (!listed.containsKey(artifactId)) {
        problems.add("module " + module + " (" + artifactId + ") is published but missing from bom/pom.xml; add"
            + " <dependency><groupId>" + GROUP + "</groupId><artifactId>" + artifactId + "</artifactId><version>"
            + PROJECT_VERSION + "</version></dependency> to its dependencyManagement");
      }
    });
    listed.forEach((artifactId, dependency) -> {
      String groupId = PomFile.textOf(dependency, "groupId");
      String where = "bom/pom.xml: " + groupId + ":" + artifactId;
      if (!GROUP.equals(groupId) || !published.containsKey(artifactId)) {
        problems.add(where + " is not a published module of the reactor (" + String.join(", ", published.keySet())
            + "); remove it: the BOM pins kfp4j's own artifacts only");
        return;
      }
      String entryVersion = PomFile.textOf(dependency, "version");
      if (!PROJECT_VERSION.equals(entryVersion) && !version.equals(entryVersion)) {
        problems.add(where + " has version " + entryVersion + "; write " + PROJECT_VERSION
            + ", every kfp4j artifact comes at the BOM's own version");
      }
      for (String extra : List.of("type", "classifier", "scope", "exclusions", "optional")) {
        if (PomFile.textOf(dependency, extra) != null) {
          problems.add(where + " sets <" + extra + ">; a BOM entry names the artifact and its version only");
        }
      }
    });
    return problems;
  }

  /** artifactId to module folder, in the root pom's order, of the modules a user may depend on. */
  static Map<String, String> publishedModules(Path root, PomFile rootPom) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element module : rootPom.all("modules/module")) {
      String folder = module.getTextContent().strip();
      PomFile pom = PomFile.read(root.resolve(folder).resolve("pom.xml"));
      String packaging = pom.text("packaging").orElse("jar");
      boolean skipped = pom.text("properties/maven.deploy.skip").map(Boolean::parseBoolean).orElse(false);
      if (!skipped && !NOT_DEPENDENCIES.contains(packaging)) {
        out.put(pom.text("artifactId").orElseThrow(
            () -> new IllegalStateException(pom.path() + " has no <artifactId>")), folder);
      }
    }
    return out;
  }
}
