package io.kfp4j.cli.project;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Maven stand-in: records each command, and answers {@code dependency:build-classpath} by writing the given
 * entries to the {@code -Dmdep.outputFile} file, or fails with the given output.
 */
final class FakeMaven implements MavenRunner {
  /** One call: the command and its folder. */
  record Call(List<String> command, Path dir) {
    boolean offline() {
      return command.contains("-o");
    }
  }

  private final List<Path> entries;
  private final Predicate<Call> fails;
  private final String failure;
  final List<Call> calls = new ArrayList<>();

  private FakeMaven(List<Path> entries, Predicate<Call> fails, String failure) {
    this.entries = entries;
    this.fails = fails;
    this.failure = failure;
  }

  /** Answers every call with these entries. */
  static FakeMaven answering(List<Path> entries) {
    return new FakeMaven(entries, call -> false, "");
  }

  /** Fails the calls that match, printing the output; answers the others with the entries. */
  static FakeMaven failing(Predicate<Call> fails, String output, List<Path> entries) {
    return new FakeMaven(entries, fails, output);
  }

  @Override
  public Result run(List<String> command, Path dir) throws IOException {
    Call call = new Call(List.copyOf(command), dir);
    calls.add(call);
    if (fails.test(call)) {
      return new Result(1, failure);
    }
    String prefix = "-Dmdep.outputFile=";
    Path output = Path.of(command.stream().filter(a -> a.startsWith(prefix)).findFirst().orElseThrow()
        .substring(prefix.length()));
    Files.writeString(output, entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    return new Result(0, "");
  }
}
