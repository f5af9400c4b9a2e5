package io.kfp4j.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A pom.xml as written (no inheritance, no interpolation), read with the JDK's DOM parser. */
record PomFile(Path path, Element project) {

  /** Reads a pom; a missing or malformed file fails naming the file. */
  static PomFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new PomFile(path, factory.newDocumentBuilder().parse(in).getDocumentElement());
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The text of the child element at this path below {@code <project>}, as {@code "parent/artifactId"}. */
  Optional<String> text(String childPath) {
    return child(project, childPath).map(e -> e.getTextContent().strip());
  }

  /** Whether {@code <project>} has this direct child element. */
  boolean has(String name) {
    return child(project, name).isPresent();
  }

  /** The elements at this path below {@code <project>}, the last step repeated: {@code "modules/module"}. */
  List<Element> all(String childPath) {
    int cut = childPath.lastIndexOf('/');
    Optional<Element> holder = cut < 0 ? Optional.of(project) : child(project, childPath.substring(0, cut));
    List<Element> out = new ArrayList<>();
    holder.ifPresent(h -> children(h, childPath.substring(cut + 1), out));
    return out;
  }

  /** The text of a direct child of {@code element}, or {@code null}. */
  static String textOf(Element element, String name) {
    return child(element, name).map(e -> e.getTextContent().strip()).orElse(null);
  }

  private static Optional<Element> child(Element from, String childPath) {
    Element at = from;
    for (String step : childPath.split("/")) {
      List<Element> found = new ArrayList<>();
      children(at, step, found);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      at = found.get(0);
    }
    return Optional.of(at);
  }

  private static void children(Element parent, String name, List<Element> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
  }
}
