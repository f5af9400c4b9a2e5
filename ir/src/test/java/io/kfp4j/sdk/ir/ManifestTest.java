package io.kfp4j.sdk.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.sdk.task.SettingValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A resource task's manifest: a copied tree of target-neutral leaves, and the run-time values it reads. */
class ManifestTest {
  private static final ArgumentValue SIZE = new ArgumentValue.OutputRef("snap", "size");
  private static final ArgumentValue NAME = new ArgumentValue.ParameterRef("name");

  @Test
  void readsItsReferencesInTreeOrderAndAnswersPaths() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("resources", Map.of("requests", Map.of("storage", new SettingValue.Reference(SIZE))));
    spec.put("tags", List.of("a", new SettingValue.Reference(NAME), 3, true));
    Manifest manifest = new Manifest(Map.of("kind", "PersistentVolumeClaim",
        "metadata", Map.of("name", new Manifest.RunScopedName("vol")), "spec", spec));
    assertEquals(List.of(SIZE, NAME), manifest.references());
    assertEquals(Optional.of("PersistentVolumeClaim"), manifest.kind());
    assertEquals(Optional.of(new Manifest.RunScopedName("vol")), manifest.at("metadata", "name"));
    assertEquals(Optional.empty(), manifest.at("metadata", "labels"));
    assertThrows(UnsupportedOperationException.class, () -> manifest.tree().put("x", "y"));
  }

  @Test
  void aLeafThatNoTargetCanWriteIsRefusedByItsPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Manifest(Map.of("spec", Map.of("when", List.of(new StringBuilder("x"))))));
    assertEquals("manifest.spec.when[0]: a StringBuilder is not a manifest value; give text, a number, a boolean,"
        + " a list or a map", e.getMessage());
  }

  @Test
  void anOperationKeepsItsOutputsInOrder() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("size", "{.status.restoreSize}");
    outputs.put("name", "{.metadata.name}");
    ResourceOperation op = ResourceOperation.create(new Manifest(Map.of("kind", "VolumeSnapshot")), outputs)
        .withSuccessCondition("status.readyToUse == true");
    assertEquals(List.of("size", "name"), List.copyOf(op.outputs().keySet()));
    assertEquals("status.readyToUse == true", op.successCondition());
    assertEquals(ResourceAction.CREATE, op.action());
    assertEquals(Optional.of(ResourceAction.REPLACE), ResourceAction.of("replace"));
    assertEquals(Optional.empty(), ResourceAction.of("crate"));
  }
}
