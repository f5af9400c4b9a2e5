package io.kfp4j.sdk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.GroupId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings given when the pipeline runs are typed references; constants are checked as KFP checks them. */
class SettingValueTest {
  private static final ArgumentValue MEMORY = new ArgumentValue.ParameterRef("memory");
  private static final ArgumentValue CLAIM = new ArgumentValue.OutputRef("create-pvc", "name");

  @Test
  void aReferenceIsNeverAConstant() {
    assertEquals(new SettingValue.Constant("1G"), SettingValue.of(new ArgumentValue.Constant("1G")));
    assertEquals(new SettingValue.Reference(MEMORY), SettingValue.of(MEMORY));
    assertThrows(IllegalArgumentException.class, () -> new SettingValue.Reference(new ArgumentValue.Constant("1G")));
    assertEquals(Optional.of(MEMORY), SettingValue.of(MEMORY).reference());
    assertEquals(Optional.empty(), SettingValue.of("1G").reference());
  }

  @Test
  void constantsAreCheckedReferencesAreLeftToKubernetes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Resources.NONE.withLimit("memory", "lots"));
    assertTrue(e.getMessage().contains("invalid memory quantity \"lots\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Resources.NONE.withLimit("nvidia.com/gpu", -1));
    Resources resources = Resources.NONE.withRequest("cpu", "500m").withLimit("memory", SettingValue.of(MEMORY))
        .withLimit("nvidia.com/gpu", 2);
    assertEquals(Map.of("cpu", SettingValue.of("500m")), resources.requests());
    assertEquals(new SettingValue.WholeNumber(2), resources.limits().get("nvidia.com/gpu"));
    assertEquals(List.of(MEMORY), resources.references());
  }

  @Test
  void settingsListTheRunTimeValuesTheyRead() {
    ArgumentValue item = new ArgumentValue.LoopItemRef(GroupId.loop(2), null);
    TaskSettings settings = TaskSettings.DEFAULT.toBuilder()
        .limit("cpu", SettingValue.of(item)).request("memory", SettingValue.of(MEMORY))
        .volume(Volume.of("secret", Map.of("secret", Map.of("secretName", "s"))))
        .volume(new Volume.Claim("data", SettingValue.of(CLAIM))).volume(Volume.pvc("fixed", "my-claim"))
        .build();
    assertEquals(List.of(MEMORY, item, CLAIM), settings.references(), "requests, limits, then claims");
  }

  @Test
  void aClaimNameIsText() {
    assertThrows(IllegalArgumentException.class, () -> new Volume.Claim("data", new SettingValue.WholeNumber(1)));
    assertEquals(new Volume.Claim("data", SettingValue.of("my-claim")), Volume.pvc("data", "my-claim"));
  }
}
