package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn kfp4j:help -Ddetail} prints, as maven-plugin-plugin generated it for this build: every goal and
 * every parameter a user can set is described, and the goals take their options as {@code kfp4j.*} properties.
 */
class HelpDescriptorTest {
  private static final Path HELP = Path.of("target/classes/META-INF/maven/io.kfp4j/kfp4j-maven-plugin/plugin-help.xml");
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

  @Test
  void everyGoalAndParameterIsDescribed() throws Exception {
    Document help = read(HELP);
    Map<String, Element> goals = goals(help);
    assertEquals(List.of("compile", "help", "image", "run", "submit", "ui", "upload", "validate"),
        List.copyOf(goals.keySet()));
    List<String> undescribed = new ArrayList<>();
    goals.forEach((goal, mojo) -> {
      if (text(mojo, "description").isBlank()) {
        undescribed.add(goal);
      }
      NodeList parameters = mojo.getElementsByTagName("parameter");
      for (int i = 0; i < parameters.getLength(); i++) {
        Element parameter = (Element) parameters.item(i);
        if (text(parameter, "description").isBlank()) {
          undescribed.add(goal + "." + text(parameter, "name"));
        }
      }
    });
    assertEquals(List.of(), undescribed);
  }

  @Test
  void theGoalsTakeTheirOptionsAsKfp4jProperties() throws Exception {
    String descriptor = java.nio.file.Files.readString(DESCRIPTOR);
    for (String property : List.of("kfp4j.pipeline", "kfp4j.params", "kfp4j.runner", "kfp4j.noCache",
        "kfp4j.experiment", "kfp4j.root", "kfp4j.format", "kfp4j.to", "kfp4j.base", "kfp4j.insecure", "kfp4j.cache",
        "kfp4j.endpoint", "kfp4j.namespace", "kfp4j.tokenFile", "kfp4j.wait", "kfp4j.timeout",
        "kfp4j.pipelineVersion", "kfp4j.port", "kfp4j.stalePin", "kfp4j.skip")) {
      assertTrue(descriptor.contains("${" + property + "}"), property + " is not a property of any goal");
    }
    Map<String, Element> goals = goals(read(DESCRIPTOR));
    assertEquals("package", text(goals.get("compile"), "phase"));
    assertEquals("compile+runtime", text(goals.get("compile"), "requiresDependencyResolution"));
    assertEquals("compile+runtime", text(goals.get("run"), "requiresDependencyResolution"));
    assertEquals("runtime", text(goals.get("image"), "requiresDependencyResolution"));
    assertFalse(Boolean.parseBoolean(text(goals.get("ui"), "requiresProject")));
  }

  private static Document read(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static Map<String, Element> goals(Document document) {
    Map<String, Element> goals = new TreeMap<>();
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      goals.put(text(mojo, "goal"), mojo);
    }
    return goals;
  }

  /** The text of the element's first child of that name, or "". */
  private static String text(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().strip();
      }
    }
    return "";
  }
}
