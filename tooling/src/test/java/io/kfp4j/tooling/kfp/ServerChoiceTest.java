package io.kfp4j.tooling.kfp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.compile.Target;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The API and target of server commands: given, following each other, or found from the server. */
class ServerChoiceTest {
  static final String HOST = "http://kfp:8888";

  static Supplier<ApiVersion> server(ApiVersion answer, AtomicInteger asked) {
    return () -> {
      asked.incrementAndGet();
      return answer;
    };
  }

  @Test
  void neitherGivenTheServerDecides() {
    AtomicInteger asked = new AtomicInteger();
    assertEquals(new ServerChoice(ApiVersion.V2, Target.V2), ServerChoice.choose(null, null,
        server(ApiVersion.V2, asked), HOST));
    assertEquals(new ServerChoice(ApiVersion.V1, Target.ARGO), ServerChoice.choose(null, null,
        server(ApiVersion.V1, asked), HOST));
    assertEquals(2, asked.get());
  }

  @Test
  void oneGivenTheOtherFollowsAndOnlyTargetV2AsksTheServer() {
    AtomicInteger asked = new AtomicInteger();
    Supplier<ApiVersion> v2 = server(ApiVersion.V2, asked);
    assertEquals(new ServerChoice(ApiVersion.V1, Target.ARGO), ServerChoice.choose(null, Target.ARGO, v2, HOST));
    assertEquals(new ServerChoice(ApiVersion.V1, Target.ARGO), ServerChoice.choose(ApiVersion.V1, null, v2, HOST));
    assertEquals(new ServerChoice(ApiVersion.V2, Target.V2), ServerChoice.choose(ApiVersion.V2, null, v2, HOST));
    assertEquals(0, asked.get());
    assertEquals(new ServerChoice(ApiVersion.V2, Target.V2), ServerChoice.choose(null, Target.V2, v2, HOST));
    assertEquals(1, asked.get());
    assertEquals(new ServerChoice(ApiVersion.V2, Target.V2), ServerChoice.choose(ApiVersion.V2, Target.V2, v2, HOST));
  }

  @Test
  void pairsThatDoNotFitAndV2ForAKfp1ServerAreRefusedNamingTheOption() {
    AtomicInteger asked = new AtomicInteger();
    ToolingException mixed = assertThrows(ToolingException.class,
        () -> ServerChoice.choose(ApiVersion.V1, Target.V2, server(ApiVersion.V2, asked), HOST));
    assertEquals("api", mixed.facts().get(Fact.OPTION));
    assertTrue(mixed.getMessage().startsWith("API v1 and target v2 do not go together"), mixed.getMessage());
    assertThrows(ToolingException.class,
        () -> ServerChoice.choose(ApiVersion.V2, Target.ARGO, server(ApiVersion.V2, asked), HOST));
    ToolingException old = assertThrows(ToolingException.class,
        () -> ServerChoice.choose(null, Target.V2, server(ApiVersion.V1, asked), HOST));
    assertEquals("target-argo", old.facts().get(Fact.OPTION));
    assertTrue(old.getMessage().startsWith("http://kfp:8888 does not answer the v2beta1 API"), old.getMessage());
  }

  @Test
  void namesAreReadOrRefused() {
    assertNull(ServerChoice.api(" "));
    assertEquals(ApiVersion.V2, ServerChoice.api("v2"));
    assertEquals("api", assertThrows(ToolingException.class, () -> ServerChoice.api("v9")).facts().get(Fact.OPTION));
    assertEquals(Target.V2, Target.of("V2"));
    assertEquals("target", assertThrows(ToolingException.class, () -> Target.of("vertex")).facts().get(Fact.OPTION));
  }
}
