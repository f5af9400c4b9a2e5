package io.kfp4j.sdk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A process as Linux's {@code /proc/<pid>/stat} shows it: its state, process group and start time (field 22, in
 * clock ticks since boot), which together tell a live process from a zombie and from a later process that reuses
 * its pid. Elsewhere (no {@code /proc}) nothing is known and callers fall back to {@link ProcessHandle}.
 *
 * @param pid the process id
 * @param state the state letter ({@code R}, {@code S}, {@code Z} for a zombie, ...)
 * @param pgid the process group id
 * @param startTicks when it started, in clock ticks since boot
 */
record ProcStat(long pid, char state, long pgid, long startTicks) {
  private static final Path PROC = Path.of("/proc");

  /** Whether this system has {@code /proc/<pid>/stat} (Linux). */
  static boolean available() {
    return Files.isRegularFile(PROC.resolve("self").resolve("stat"));
  }

  /** The process now, or empty when it is gone (or there is no {@code /proc}). */
  static Optional<ProcStat> of(long pid) {
    try {
      return Optional.of(parse(pid, Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The start time of a process, or {@code -1} when it is gone or unknown. */
  static long startTicksOf(long pid) {
    return of(pid).map(ProcStat::startTicks).orElse(-1L);
  }

  /** Whether it still runs: not a zombie ({@code Z}) or dead ({@code X}). */
  boolean running() {
    return state != 'Z' && state != 'X';
  }

  /**
   * Whether the process {@code pid} that started at {@code startTicks} still runs: the pid is alive, not a zombie,
   * and not reused by a later process. A {@code startTicks} of {@code -1} (unknown) checks liveness only.
   */
  static boolean stillRunning(long pid, long startTicks) {
    if (!available()) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    return of(pid).filter(ProcStat::running).filter(s -> startTicks < 0 || s.startTicks() == startTicks).isPresent();
  }

  /** The running processes of a process group, as seen now. */
  static List<ProcStat> group(long pgid) {
    List<ProcStat> members = new ArrayList<>();
    try (Stream<Path> entries = Files.list(PROC)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        of(Long.parseLong(name)).filter(s -> s.pgid() == pgid && s.running()).ifPresent(members::add);
      }
    } catch (IOException e) {
      // no /proc: nothing known
    }
    return members;
  }

  /** Parses a stat line: the name (field 2) is in parentheses and may hold spaces or parentheses itself. */
  static ProcStat parse(long pid, String stat) {
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    // rest[0] is field 3 (state), so field n is rest[n - 3]
    return new ProcStat(pid, rest[0].charAt(0), Long.parseLong(rest[2]), Long.parseLong(rest[19]));
  }
}
