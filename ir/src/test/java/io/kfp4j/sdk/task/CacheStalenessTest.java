package io.kfp4j.sdk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheStalenessTest {

  @Test
  void readsIsoDurationsAsKfpsCacheServerDoes() {
    assertEquals(Duration.ofDays(30), CacheStaleness.parse("P30D").limit());
    assertEquals(Duration.ofHours(12), CacheStaleness.parse("PT12H").limit());
    assertEquals(Duration.ofDays(1).plusHours(6).plusMinutes(30), CacheStaleness.parse("P1DT6H30M").limit());
    assertEquals(Duration.ofDays(365 + 60 + 14), CacheStaleness.parse("P1Y2M2W").limit());
    assertEquals(Duration.ofMillis(1500), CacheStaleness.parse("pt1.5s").limit());
  }

  @Test
  void zeroInAnyUnitNeverReuses() {
    for (String zero : new String[] {"P0D", "PT0S", "P0Y", "PT0H0M"}) {
      assertTrue(CacheStaleness.parse(zero).neverReuse(), zero);
    }
    assertFalse(CacheStaleness.parse("PT1S").neverReuse());
  }

  @Test
  void anAgeIsAllowedUpToTheLimit() {
    CacheStaleness day = CacheStaleness.parse("P1D");
    assertTrue(day.allowsAge(Duration.ofHours(24)));
    assertFalse(day.allowsAge(Duration.ofHours(24).plusSeconds(1)));
  }

  @Test
  void notADurationNamesTheTextAndHowToWriteIt() {
    for (String bad : new String[] {"30 days", "30d", "P", "PT", "P1H", "-P1D", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CacheStaleness.parse(bad));
      assertTrue(e.getMessage().contains("\"" + bad + "\"") && e.getMessage().contains("\"P30D\""), e.getMessage());
    }
  }

  @Test
  void taskSettingsRefuseABadStalenessWhenSet() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskSettings.builder().maxCacheStaleness("one week"));
    assertTrue(e.getMessage().contains("\"one week\""), e.getMessage());
    assertEquals(Duration.ofDays(7),
        TaskSettings.builder().maxCacheStaleness("P1W").build().cacheStaleness().orElseThrow().limit());
  }
}
