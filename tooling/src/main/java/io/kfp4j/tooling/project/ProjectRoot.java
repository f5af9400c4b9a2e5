package io.kfp4j.tooling.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Maven project on disk: the module a command works in and the top-level folder of its build, where kfp4j
 * records runs ({@link #store()}). Both front ends use this rule, so that {@code kfp4j run} and {@code mvn kfp4j:run}
 * in the same project share one run store.
 *
 * <p>The module is the nearest folder, from the working folder upwards, that holds a {@code pom.xml}. The root is
 * found by following the aggregators upwards: as long as the nearest folder above with a {@code pom.xml} lists the
 * current folder among its {@code <modules>} (in the project or in a profile), that folder is the next step. A
 * single-module project, and a module whose aggregator is not above it (a flat layout), is its own root.
 *
 * @param module the folder of the module's {@code pom.xml}, absolute and normalized
 * @param root the top-level folder of the build, the module itself or a folder above it
 */
public record ProjectRoot(Path module, Path root) {
  /** The build file's name. */
  public static final String POM = "pom.xml";
  /** The folder of the run store at a project's root, and in the working folder outside a project. */
  public static final String STORE = ".kfp4j";

  /** Checks that the root is the module or a folder above it. */
  public ProjectRoot {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(root, "root");
    module = module.toAbsolutePath().normalize();
    root = root.toAbsolutePath().normalize();
    if (!module.startsWith(root)) {
      throw new IllegalArgumentException("the root " + root + " is not the module " + module + " or above it");
    }
  }

  /**
   * The project that the folder is in: the nearest folder upwards with a {@code pom.xml}, and its build's root.
   *
   * @param start the working folder
   * @return empty when neither the folder nor any folder above it holds a {@code pom.xml}
   */
  public static Optional<ProjectRoot> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(POM))) {
        return Optional.of(ofModule(dir));
      }
    }
    return Optional.empty();
  }

  /**
   * The project of a module folder known to hold a {@code pom.xml} (a Maven plugin's {@code ${project.basedir}}),
   * with its build's root found by the aggregator chain.
   */
  public static ProjectRoot ofModule(Path module) {
    Path current = module.toAbsolutePath().normalize();
    for (Path above = nearestPom(current.getParent()); above != null && listsModule(above, current);
        above = nearestPom(current.getParent())) {
      current = above;
    }
    return new ProjectRoot(module, current);
  }

  /** The run store's folder: {@code .kfp4j} at the build's root. */
  public Path store() {
    return root.resolve(STORE);
  }

  /** Whether the module is part of a larger build (its root is a folder above it). */
  public boolean inMultiModuleBuild() {
    return !module.equals(root);
  }

  /** Whether the module's {@code pom.xml} lists modules of its own (an aggregator, which has no classes). */
  public boolean aggregator() {
    return !modules(module.resolve(POM)).isEmpty();
  }

  /** The {@code pom.xml} files from the module's up to the root's: what a cached classpath depends on. */
  public List<Path> poms() {
    List<Path> poms = new ArrayList<>();
    for (Path dir = module; dir != null && dir.startsWith(root); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(POM))) {
        poms.add(dir.resolve(POM));
      }
    }
    return List.copyOf(poms);
  }

  /** The folder the run store defaults to: the project's root inside a project, else the working folder. */
  public static Path defaultStore(Path workingDir) {
    return find(workingDir).map(ProjectRoot::store)
        .orElseGet(() -> workingDir.toAbsolutePath().normalize().resolve(STORE));
  }

  /** The nearest folder from {@code dir} upwards that holds a {@code pom.xml}, or {@code null}. */
  private static Path nearestPom(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(POM))) {
        return d;
      }
    }
    return null;
  }

  /** Whether {@code parent/pom.xml} lists {@code child} among its modules (as a folder or as a pom file). */
  private static boolean listsModule(Path parent, Path child) {
    for (String module : modules(parent.resolve(POM))) {
      Path listed = parent.resolve(module.strip()).normalize();
      if (Files.isRegularFile(listed)) {
        listed = listed.getParent();
      }
      if (child.equals(listed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code <module>} entries of a pom, in the project and its profiles. A pom that cannot be read lists none:
   * Maven reports it when it builds.
   */
  private static List<String> modules(Path pom) {
    List<String> modules = new ArrayList<>();
    try {
      NodeList nodes = parser().parse(pom.toFile()).getElementsByTagNameNS("*", "module");
      for (int i = 0; i < nodes.getLength(); i++) {
        Node node = nodes.item(i);
        Node parent = node.getParentNode();
        if (parent instanceof Element list && "modules".equals(localName(list))) {
          String text = node.getTextContent();
          if (text != null && !text.isBlank()) {
            modules.add(text);
          }
        }
      }
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      return List.of();
    }
    return modules;
  }

  private static String localName(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  /** A namespace-aware parser that reads no external entities. */
  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler());
    return builder;
  }
}
