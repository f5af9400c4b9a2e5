package io.kfp4j.sdk.local;

import java.io.IOException;

/**
 * Starts the engine's processes one at a time. On Linux the JDK starts a process through {@code jspawnhelper}, which
 * holds a copy of every descriptor of the engine until it has read its orders from the engine and exec'd. Two
 * started at once hold each other's order pipe: if the engine dies just then (SIGKILL), both wait forever for the
 * rest of their orders, and with them the write end of the {@link Watchdog}'s pipe, so the watchdog never hears of
 * the engine's death. The crash soak found this (one kill in about sixty); one start at a time cannot deadlock.
 */
final class Spawn {
  private static final Object ONE_AT_A_TIME = new Object();

  private Spawn() {}

  /** Starts the process, after any other start of the engine has finished. */
  static Process start(ProcessBuilder builder) throws IOException {
    synchronized (ONE_AT_A_TIME) {
      return builder.start();
    }
  }
}
