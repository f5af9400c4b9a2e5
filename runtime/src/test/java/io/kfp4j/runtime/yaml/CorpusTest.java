package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public KFP 1.8.22 component loads, and survives save and load unchanged. */
class CorpusTest {

  @Test
  void everyReferenceComponentLoadsAndRoundTrips() {
    List<Path> files = Reference.components();
    assertEquals(243, files.size(), "the reference corpus holds 243 components");
    List<String> failures = new ArrayList<>();
    int loaded = 0;
    for (Path file : files) {
      if (file.getFileName().toString().equals(Reference.MALFORMED)) {
        continue;
      }
      try {
        LoadedComponent component = ComponentLoader.standard().fromFile(file);
        String saved = ComponentWriter.toYaml(component.spec());
        LoadedComponent again = ComponentLoader.standard().fromText(saved);
        if (!again.spec().equals(component.spec())) {
          failures.add(file.getFileName() + ": changed by save and load:\n" + saved);
        }
        loaded++;
      } catch (RuntimeException e) {
        failures.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    assertEquals(242, loaded);
  }

  @Test
  void theMalformedComponentFailsWithEachOfItsProblems() {
    Path file = Reference.file("kfp-components/" + Reference.MALFORMED);
    InvalidSpecException strict = assertThrows(InvalidSpecException.class,
        () -> ComponentLoader.standard().strict().fromFile(file));
    assertTrue(strict.problems().stream().map(SpecProblem::toString).anyMatch(p -> p.contains(
        ":44:3: implementation.container: duplicate key \"container\" (first at line 32, column 3)")),
        strict.problems()::toString);
    // as KFP, the last container counts: the file is refused for its other problems
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> ComponentLoader.standard().fromFile(file));
    List<String> problems = e.problems().stream().map(SpecProblem::toString).toList();
    assertTrue(problems.stream().anyMatch(p -> p.contains(":28:1: metrics: unknown key \"metrics\" in a component spec")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains(":50:25: implementation.container.args[5].outputValue: unknown placeholder \"outputValue\"")), problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.startsWith(file.toString() + ":")), problems::toString);
  }
}
