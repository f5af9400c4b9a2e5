package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kubernetes memory quantities become docker's byte counts. */
class DockerRunnerTest {

  @Test
  void memoryQuantities() {
    assertEquals("536870912", DockerRunner.dockerMemory("512Mi"));
    assertEquals("2000000000", DockerRunner.dockerMemory("2G"));
    assertEquals("1073741824", DockerRunner.dockerMemory("1Gi"));
    assertEquals("1000", DockerRunner.dockerMemory("1000"));
    TaskStartException e = assertThrows(TaskStartException.class, () -> DockerRunner.dockerMemory("lots"));
    assertTrue(e.getMessage().contains("memory limit \"lots\""), e.getMessage());
  }
}
