package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker runner, for real: shell components in a small image built here without any registry (busybox-static
 * imported as a rootfs), with {@code --network none}. Needs a running Docker daemon: .ci/run installs docker.io and
 * busybox-static and starts {@code dockerd --bridge=none --iptables=false --ip-masq=false}. Without a daemon the
 * tests fail, they do not skip.
 */
class DockerRunTest {
  static final String IMAGE = "kfp4j-test/busybox:1";
  private static final List<String> APPLETS = List.of("sh", "echo", "cat", "printf", "sleep", "ls", "wc", "tr", "mkdir",
      "env", "test", "[", "true", "false", "id", "touch", "date");

  private static final ComponentDefinition WRITE = LocalTesting.shellIn(IMAGE, "Write",
      "printf '%s\\n%s\\n%s\\n' \"$GREETING\" \"$0\" \"$(ls /sys/class/net | tr '\\n' ' ')\" > \"$1\"", "name", ">text");
  private static final ComponentDefinition COUNT = LocalTesting.shellIn(IMAGE, "Count",
      "wc -l < \"$0\" | tr -d ' ' > \"$1\"; cat \"$0\"", "<text", ">lines");
  private static final ComponentDefinition FAIL = LocalTesting.shellIn(IMAGE, "Fail",
      "echo \"failing inside the container\" >&2; exit 3");

  @BeforeAll
  static void dockerAndImage(@TempDir Path work) throws Exception {
    Result info = docker(Duration.ofSeconds(30), "info", "--format", "{{.ServerVersion}}");
    if (info.code != 0) {
      fail("the Docker daemon is not running, and the Docker runner tests need it (.ci/run installs docker.io and"
          + " starts it: dockerd --bridge=none --iptables=false --ip-masq=false): docker info said: " + info.out);
    }
    if (docker(Duration.ofSeconds(30), "image", "inspect", IMAGE).code != 0) {
      buildImage(work);
    }
  }

  /** A rootfs of /bin/busybox (static) and its applets as symlinks, imported as {@link #IMAGE}: no registry needed. */
  private static void buildImage(Path work) throws Exception {
    Path busybox = List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox")).stream().filter(Files::isExecutable)
        .findFirst().orElseGet(() -> fail("no /bin/busybox to build " + IMAGE + " from; install busybox-static"));
    Path rootfs = Files.createDirectories(work.resolve("rootfs"));
    Path bin = Files.createDirectories(rootfs.resolve("bin"));
    Files.copy(busybox, bin.resolve("busybox"));
    for (String applet : APPLETS) {
      Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
    }
    Files.createDirectories(rootfs.resolve("tmp"));
    Path tar = work.resolve("rootfs.tar");
    Process p = new ProcessBuilder("tar", "-C", rootfs.toString(), "-cf", tar.toString(), ".").inheritIO().start();
    assertEquals(0, p.waitFor(), "tar of the rootfs");
    Result imported = docker(Duration.ofSeconds(120), "import", tar.toString(), IMAGE);
    assertEquals(0, imported.code, "docker import: " + imported.out);
    Result smoke = docker(Duration.ofSeconds(60), "run", "--rm", "--network", "none", "--entrypoint", "sh", IMAGE, "-c",
        "echo ok");
    assertEquals("ok", smoke.out.strip(), "the image " + IMAGE + " does not run (is " + busybox + " static? install"
        + " busybox-static): " + smoke.out);
  }

  @Test
  void pipelineOfShellComponentsInContainers(@TempDir Path root) throws Exception {
    PipelineGraph graph = Pipelines.builder("docker-pipeline").build(p -> {
      var write = WRITE.task(args("name", "kfp4j")).env("GREETING", "hello from docker");
      COUNT.task(args("text", write.outputNamed("text")));
    });
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());

    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("docker", run.record().runner());
    // the env var reached the container, and the network is none: only the loopback interface
    assertEquals("hello from docker\nkfp4j\nlo \n", run.output("write", "text"));
    assertEquals("3", run.output("count", "lines").strip());
    TaskRecord count = assertTask(run, "count", TaskStatus.SUCCEEDED);
    assertEquals(0, count.exitCode());
    assertTrue(Files.readString(run.runDir().resolve("tasks/count/log.txt")).contains("hello from docker"),
        "the container's output is the task's log");
    assertEquals("", containersOf(IMAGE), "containers are removed after their task");
  }

  @Test
  void failureInsideTheContainer(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("docker-failure").build(p -> {
      var broken = FAIL.task(Map.of());
      WRITE.task(args("name", "never")).after(broken);
    });
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord fail = assertTask(run, "fail", TaskStatus.FAILED);
    assertEquals(3, fail.exitCode(), describe(run));
    assertTrue(fail.logTail().contains("failing inside the container"), describe(run));
    assertTask(run, "write", TaskStatus.SKIPPED);
  }

  @Test
  void timeoutRemovesTheContainer(@TempDir Path root) throws Exception {
    String marker = LocalTesting.marker("docker-timeout");
    ComponentDefinition sleeper = LocalTesting.shellIn(IMAGE, "Sleeper",
        "echo \"$0 sleeps\"; sleep \"$1\"; echo woke up", "marker", "seconds");
    PipelineGraph graph = Pipelines.builder("docker-timeout").build(p ->
        sleeper.task(args("marker", marker, "seconds", "60")).timeout(Duration.ofSeconds(2)));
    long start = System.nanoTime();
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertTrue(assertTask(run, "sleeper", TaskStatus.FAILED).message().contains("timed out after 2 s"), describe(run));
    assertTrue(seconds < 15, "the run took " + seconds + " s");
    assertEquals("", containersOf(IMAGE), "the timed-out container is removed");
    assertTrue(LocalTesting.processesWith(marker).isEmpty(), "left behind: " + LocalTesting.show(LocalTesting.processesWith(marker)));
  }

  @Test
  void absentImageFailsClearly(@TempDir Path root) {
    ComponentDefinition missing = LocalTesting.shellIn("kfp4j-test/absent:0", "Missing", "echo never");
    PipelineGraph graph = Pipelines.builder("docker-absent").build(p -> missing.task(Map.of()));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "missing", TaskStatus.FAILED);
    assertTrue(task.message().contains("kfp4j-test/absent:0") && task.message().contains("build or load the image"),
        describe(run));
    assertNull(task.exitCode(), "the task never ran: " + describe(run));
    assertTrue(task.logTail() != null && task.logTail().contains("kfp4j-test/absent"), "docker's own words: " + describe(run));
    assertTrue(run.record().message().contains("missing"), describe(run));
  }

  private static String containersOf(String image) throws Exception {
    Result ps = docker(Duration.ofSeconds(30), "ps", "-a", "-q", "--filter", "ancestor=" + image);
    assertEquals(0, ps.code, ps.out);
    return ps.out.strip();
  }

  private record Result(int code, String out) {}

  private static Result docker(Duration limit, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(-1, "cannot run docker: " + e.getMessage() + " (install docker.io)");
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "docker " + String.join(" ", args) + " did not answer within " + limit);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
