package io.kfp4j.sdk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.RawContainer;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings read when the pipeline runs name what they read, so that consumers wait for it and pass it. */
class RuntimeSettingReferencesTest {
  private static final ArgumentValue TEAM = new ArgumentValue.ParameterRef("team");
  private static final ArgumentValue TAG = new ArgumentValue.ParameterRef("tag");
  private static final ArgumentValue MADE = new ArgumentValue.OutputRef("make", "Output");

  @Test
  void envSidecarImagesLabelsAndAnnotationsAreReferences() {
    TaskSettings settings = TaskSettings.builder()
        .env(new EnvVar.Given("TEAM", SettingValue.of(TEAM)))
        .sidecar(new Sidecar("echo", SettingValue.of(TAG), List.of(), List.of(), false))
        .podLabel("made", SettingValue.of(MADE))
        .podAnnotation("owner", SettingValue.of(TEAM))
        .podLabel("fixed", "yes")
        .build();
    assertEquals(List.of(TEAM, TAG, MADE, TEAM), settings.references());
    assertEquals(Map.of("fixed", "yes"), settings.podLabels());
  }

  @Test
  void aConstantLabelReplacesOneGivenAtRunTimeAndBack() {
    TaskSettings settings = TaskSettings.builder().podLabel("k", SettingValue.of(TEAM)).podLabel("k", "v").build();
    assertEquals(Map.of("k", "v"), settings.podLabels());
    assertEquals(Map.of(), settings.podLabelValues());
    settings = settings.toBuilder().podLabel("k", SettingValue.of(TEAM)).build();
    assertEquals(Map.of(), settings.podLabels());
    assertEquals(Map.of("k", SettingValue.of(TEAM)), settings.podLabelValues());
  }

  @Test
  void aRawContainersImageGivenAtRunTimeMakesItWait() {
    RawContainer raw = new RawContainer(SettingValue.of(MADE), true, false, Map.of(), Map.of());
    TaskNode node = new TaskNode("use", null, Map.of(), TaskSettings.DEFAULT, List.of(), null, raw);
    assertEquals(List.of("make"), node.upstream());
  }

  @Test
  void staticItemsListTheirReferences() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", TEAM);
    item.put("n", 1);
    LoopSource.StaticItems items = new LoopSource.StaticItems(List.of(item, MADE, "plain"));
    assertEquals(List.of(TEAM, MADE), items.references());
  }
}
