package io.kfp4j.tooling;

import io.kfp4j.runtime.Kfp4jException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a front end (the CLI, the Maven plugin) words the fixes that tooling and library messages suggest, so that a
 * Maven user is not told to pass a command-line flag. Library exceptions ({@link Kfp4jException}) state facts; a
 * front end turns their kind and facts, such as the {@link Kfp4jException.Fact#OPTION} that fixes it, into its own
 * fix with {@link #message}.
 *
 * <pre>{@code
 * FrontEnd cli = FrontEnd.builder()
 *     .missingClassFix("put the project's dependencies on --classpath too")
 *     .noPipelinesFix("give its classes with --classpath")
 *     .listPipelines("kfp4j compile --list")
 *     .stackTrace("add --stacktrace for the stack trace")
 *     .fixes(e -> e.fact(Kfp4jException.Fact.OPTION).filter("insecure"::equals).map(o -> "add --insecure"))
 *     .build();
 * }</pre>
 */
public final class FrontEnd {
  private final String missingClassFix;
  private final String noPipelinesFix;
  private final String listPipelines;
  private final String stackTrace;
  private final Function<Kfp4jException, Optional<String>> fixes;

  private FrontEnd(Builder b) {
    this.missingClassFix = Objects.requireNonNull(b.missingClassFix, "missingClassFix");
    this.noPipelinesFix = Objects.requireNonNull(b.noPipelinesFix, "noPipelinesFix");
    this.listPipelines = Objects.requireNonNull(b.listPipelines, "listPipelines");
    this.stackTrace = Objects.requireNonNull(b.stackTrace, "stackTrace");
    this.fixes = b.fixes;
  }

  /** A builder; every wording but {@link Builder#fixes} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The message this front end's user reads: the problem and this front end's fix when it words one for the
   * exception's kind and facts, else the library's own message.
   */
  public String message(Kfp4jException e) {
    return fixes.apply(e).map(fix -> e.problem() + "; " + fix).orElse(e.getMessage());
  }

  /** What to do when a class the project needs is missing: {@code "put the project's dependencies on --classpath too"}. */
  public String missingClassFix() {
    return missingClassFix;
  }

  /** What to do when no pipeline is found, after being told to compile with kfp4j-processor. */
  public String noPipelinesFix() {
    return noPipelinesFix;
  }

  /** How to list the pipelines, such as {@code "kfp4j compile --list"}. */
  public String listPipelines() {
    return listPipelines;
  }

  /** How to see a stack trace, such as {@code "add --stacktrace for the stack trace"}. */
  public String stackTrace() {
    return stackTrace;
  }

  /** Builds a {@link FrontEnd}. */
  public static final class Builder {
    private String missingClassFix;
    private String noPipelinesFix;
    private String listPipelines;
    private String stackTrace;
    private Function<Kfp4jException, Optional<String>> fixes = e -> Optional.empty();

    private Builder() {}

    /** What to do when a class the project needs is missing. */
    public Builder missingClassFix(String text) {
      missingClassFix = text;
      return this;
    }

    /** What to do when no pipeline is found, after being told to compile with kfp4j-processor. */
    public Builder noPipelinesFix(String text) {
      noPipelinesFix = text;
      return this;
    }

    /** How to list the pipelines. */
    public Builder listPipelines(String text) {
      listPipelines = text;
      return this;
    }

    /** How to see a stack trace. */
    public Builder stackTrace(String text) {
      stackTrace = text;
      return this;
    }

    /** This front end's fix for an exception's kind and facts, or empty to keep the library's own (the default). */
    public Builder fixes(Function<Kfp4jException, Optional<String>> wording) {
      fixes = Objects.requireNonNull(wording, "fixes");
      return this;
    }

    /** The wording. */
    public FrontEnd build() {
      return new FrontEnd(this);
    }
  }
}
