package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no daemon to talk to (a bogus {@code DOCKER_HOST}), the Docker runner's task log holds docker's own error and
 * the failure names it and the fix. Needs the docker command, not a daemon.
 */
class DockerRunnerLogTest {

  @Test
  void daemonDownIsInTheTaskLog(@TempDir Path runDir) throws Exception {
    Path taskDir = Files.createDirectories(runDir.resolve("tasks/hello"));
    Path log = taskDir.resolve(RunStore.LOG_FILE);
    String host = "unix://" + runDir.resolve("no-daemon.sock");
    Watchdog watchdog = Watchdog.of(null, "docker");
    DockerRunner runner = new DockerRunner("docker", Map.of("DOCKER_HOST", host), watchdog);
    Invocation invocation = new Invocation("hello", List.of("sh", "-c", "echo hello"), "kfp4j-test/busybox:1",
        Map.of(), taskDir, runDir, log, null);

    TaskStartException e = assertThrows(TaskStartException.class, () -> runner.run(invocation));
    watchdog.close();

    String text = Files.readString(log);
    assertTrue(text.contains("Cannot connect to the Docker daemon at " + host), "docker's own error: " + text);
    assertTrue(text.contains("kfp4j: docker run exited with 125"), "kfp4j's account: " + text);
    assertTrue(e.getMessage().contains("Cannot connect to the Docker daemon at " + host)
        && e.getMessage().contains("start the daemon, or point DOCKER_HOST at a running one"), e.getMessage());
    assertTrue(!Files.exists(runDir.resolve("processes/hello.json")), "the process is forgotten once it ended");
  }
}
