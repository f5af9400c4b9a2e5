package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** {@code -Dkfp4j.params=a=7,b=8} and {@code <parameters>}. */
class PipelineArgumentsTest {
  @Test
  void readsNameValuePairsSeparatedByCommas() throws Exception {
    assertEquals(Map.of("a", "7", "b", "8"), PipelineArguments.of(null, "a=7,b=8"));
  }

  @Test
  void aCommaInsideAValueStaysThere() throws Exception {
    assertEquals(Map.of("xs", "[1, 2]", "s", "x=y, z", "b", "8"),
        PipelineArguments.of(null, "xs=[1, 2],s=x=y, z,b=8"));
  }

  @Test
  void theCommandLineWinsOverThePom() throws Exception {
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("a", "1");
    pom.put("b", "2");
    assertEquals(Map.of("a", "7", "b", "2"), PipelineArguments.of(pom, "a=7"));
  }

  @Test
  void aPartWithoutANameIsRefused() {
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> PipelineArguments.of(null, "7,b=8"));
    assertEquals("kfp4j.params takes NAME=VALUE,NAME=VALUE; \"7\" in \"7,b=8\" is not NAME=VALUE", e.getMessage());
  }
}
