package io.kfp4j.runtime.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolvedCommandLineTest {

  @Test
  void isAnUnmodifiableCopyThatKeepsInsertionOrder() {
    List<String> command = new ArrayList<>(List.of("run"));
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("z", "/z");
    paths.put("a", "/a");
    var resolved = new ResolvedCommandLine(command, List.of("x"), paths, paths, paths);
    command.add("more");
    paths.put("m", "/m");

    assertEquals(List.of("run"), resolved.command());
    assertEquals(List.of("z", "a"), List.copyOf(resolved.inputPaths().keySet()));
    assertEquals(List.of("run", "x"), resolved.commandLine());
    assertThrows(UnsupportedOperationException.class, () -> resolved.args().add("y"));
    assertThrows(UnsupportedOperationException.class, () -> resolved.outputPaths().put("b", "/b"));
    assertThrows(UnsupportedOperationException.class, () -> resolved.inputsConsumedByValue().clear());
    assertThrows(UnsupportedOperationException.class, () -> resolved.commandLine().clear());
  }
}
