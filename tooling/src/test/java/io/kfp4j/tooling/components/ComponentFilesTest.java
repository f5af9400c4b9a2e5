package io.kfp4j.tooling.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentFilesTest {
  @TempDir
  Path dir;

  @Test
  void foldersBecomeTheSpecsUnderThemSortedWhileFilesAndUrlsPassThrough() throws Exception {
    Files.createDirectories(dir.resolve("b/deep"));
    Files.writeString(dir.resolve("b/deep/component.yaml"), "x");
    Files.writeString(dir.resolve("b/train.component.yml"), "x");
    Files.writeString(dir.resolve("b/xgboost__train__component.yaml"), "x");
    Files.writeString(dir.resolve("b/values.yaml"), "x");
    Path file = Files.writeString(dir.resolve("one.yaml"), "x");
    assertEquals(List.of(file.toString(), dir.resolve("b/deep/component.yaml").toString(),
        dir.resolve("b/train.component.yml").toString(), dir.resolve("b/xgboost__train__component.yaml").toString(),
        "https://example.test/component.yaml"),
        ComponentFiles.expandFolders(List.of(file.toString(), dir.resolve("b").toString(),
            "https://example.test/component.yaml")));
  }

  @Test
  void aFolderWithoutSpecsIsRefusedByName() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    String empty = dir.resolve("empty").toString();
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> ComponentFiles.expandFolders(List.of(empty)));
    assertEquals(List.of(empty + ": a folder without component specs (files named component.yaml or"
        + " *component.yaml, .yml too); give a component.yaml or a folder holding some"),
        ComponentFiles.problems(empty, e));
  }

  @Test
  void problemsAreListedInTheOrderOfTheFile() throws Exception {
    Path spec = Files.writeString(dir.resolve("bad.component.yaml"), """
        name: Bad
        inputs:
        - {name: n, type: Integer}
        - {name: n, type: String}
        outputs:
        - {name: out}
        bogus: 1
        implementation:
          container:
            image: alpine
            command: [sh, {inputValue: m}, {outputPath: nope}]
        """);
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> ComponentFiles.load(spec.toString()));
    List<String> lines = ComponentFiles.problems(spec.toString(), e);
    assertEquals(4, lines.size(), String.join("\n", lines));
    List<Integer> rows = lines.stream().map(l -> Integer.parseInt(l.substring(spec.toString().length() + 1)
        .split(":")[0])).toList();
    assertEquals(rows.stream().sorted().toList(), rows, String.join("\n", lines));
    assertTrue(lines.get(0).startsWith(spec + ":4:"), lines.get(0));
  }
}
