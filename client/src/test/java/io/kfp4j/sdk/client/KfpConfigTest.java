package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KfpConfigTest {
  @TempDir Path dir;

  @Test
  void hostGetsASchemeAndLosesTrailingSlashesAsKfpDoes() {
    assertEquals("https://kfp.example.com", KfpConfig.normalizeHost("kfp.example.com/"));
    assertEquals("http://127.0.0.1:8888/pipeline", KfpConfig.normalizeHost("http://127.0.0.1:8888/pipeline//"));
    assertEquals("https://from.env", KfpConfig.builder().environment(Map.of("KF_PIPELINES_ENDPOINT", "from.env"))
        .build().host());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KfpConfig.builder().environment(Map.of()).build());
    assertTrue(e.getMessage().contains("KF_PIPELINES_ENDPOINT"), e.getMessage());
  }

  @Test
  void tokenFileIsReadAgainWhenItChanges() throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, "first\n");
    BearerToken token = BearerToken.fromFile(file);
    assertEquals("first", token.value());
    Files.writeString(file, "second-token");
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals("second-token", token.value());
    assertEquals("BearerToken[file=" + file + "]", token.toString());
  }

  @Test
  void experimentNameFollowsKfpsEnvironmentVariables() {
    KfpConfig.Builder b = KfpConfig.builder().host("h");
    assertEquals("Default", KfpClient.create(b.environment(Map.of()).build()).experimentName(null));
    assertEquals("mine", KfpClient.create(b.build()).experimentName("mine"));
    assertEquals("env-default", KfpClient.create(b.environment(Map.of("KF_PIPELINES_DEFAULT_EXPERIMENT_NAME",
        "env-default")).build()).experimentName(null));
    assertEquals("forced", KfpClient.create(b.environment(Map.of("KF_PIPELINES_DEFAULT_EXPERIMENT_NAME", "x",
        "KF_PIPELINES_OVERRIDE_EXPERIMENT_NAME", "forced")).build()).experimentName("mine"));
  }

  @Test
  void parametersAreSanitizedAndWrittenAsPythonsStr() {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("my param", 7.0);
    args.put("Flag_1", true);
    args.put("n", 3);
    args.put("m", Map.of("k", java.util.List.of(1, 2)));
    assertEquals("[Parameter[name=my-param, value=7.0], Parameter[name=Flag_1, value=True], Parameter[name=n, value=3],"
        + " Parameter[name=m, value={\"k\": [1, 2]}]]", RunParameters.of(args).toString());
  }
}
