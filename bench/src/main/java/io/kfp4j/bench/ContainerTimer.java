package io.kfp4j.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times processes inside a container for {@link ImageStartBench}: each line of the file is {@code NAME<TAB>COMMAND}
 * (words separated by spaces); the commands run interleaved, 3 warm-up rounds then {@code ROUNDS}, each to its
 * exit, which must be 0. Prints {@code NAME<TAB>MEDIAN<TAB>MIN} in ms. Depends on the JDK only, so that it runs
 * from a folder mounted into any image with a Java 17 runtime.
 */
public final class ContainerTimer {
  private ContainerTimer() {}

  /** {@code ContainerTimer ROUNDS FILE}. */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<String> names = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        names.add(line.substring(0, tab));
        commands.add(List.of(line.substring(tab + 1).split(" ")));
      }
    }
    double[][] ms = new double[commands.size()][rounds];
    for (int round = -3; round < rounds; round++) {
      for (int i = 0; i < commands.size(); i++) {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(commands.get(i)).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
          throw new IllegalStateException(String.join(" ", commands.get(i)) + " exited with " + code);
        }
        if (round >= 0) {
          ms[i][round] = elapsed;
        }
      }
    }
    for (int i = 0; i < commands.size(); i++) {
      double[] sorted = ms[i].clone();
      Arrays.sort(sorted);
      double median = (sorted[(rounds - 1) / 2] + sorted[rounds / 2]) / 2;
      System.out.println(names.get(i) + "\t" + median + "\t" + sorted[0]);
    }
  }
}
