package io.kfp4j.maven;

import io.kfp4j.tooling.FrontEnd;

/** How the Maven plugin words the fixes that tooling messages suggest: with the pom and Maven's own options. */
public final class MavenWording {
  /** The plugin's wording. */
  public static final FrontEnd FRONT_END = new FrontEnd(
      "add the dependency that holds it to the project's pom.xml",
      "run the goal after the project is compiled (mvn package kfp4j:compile)",
      "mvn kfp4j:compile, which names every pipeline it compiles",
      "run Maven with -e for the stack trace");

  private MavenWording() {}
}
