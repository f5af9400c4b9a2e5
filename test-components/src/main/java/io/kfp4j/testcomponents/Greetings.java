package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import java.util.Optional;

/** A component with optional inputs, with and without defaults. */
public final class Greetings {
  private Greetings() {}

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @param greeting the greeting word
   * @param excited whether to end with an exclamation mark
   * @param title an optional title before the name
   * @return the greeting
   */
  @Component
  public static String greet(String name, @Default("Hello") String greeting, @Default("False") boolean excited,
      Optional<String> title) {
    String who = title.map(t -> t + " " + name).orElse(name);
    return greeting + ", " + who + (excited ? "!" : ".");
  }
}
