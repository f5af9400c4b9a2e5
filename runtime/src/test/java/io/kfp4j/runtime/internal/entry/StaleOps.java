package io.kfp4j.runtime.internal.entry;

/** A generated class of another shape (an older processor's): its {@code Entries} are no {@link ComponentEntries}. */
final class StaleOps {
  private StaleOps() {}

  /** Not the launcher's interface. */
  public static final class Entries {}
}
