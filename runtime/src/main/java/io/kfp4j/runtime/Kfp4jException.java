package io.kfp4j.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The failure of a kfp4j library call that its user can fix: what went wrong as a {@link Kind}, the facts as named
 * values ({@link Fact}), the problem, and the fix as a library user would apply it. The message states facts and
 * never names a front end's flags: a front end (the {@code kfp4j} command, the Maven plugin) words its own fix from
 * the kind and the facts, such as the {@link Fact#OPTION} a user may set, and falls back to the {@linkplain #fix()
 * library's fix}.
 *
 * <pre>{@code
 * try {
 *   image.build();
 * } catch (Kfp4jException e) {
 *   if (e.kind() == Kfp4jException.Kind.IMAGE && e.fact(Kfp4jException.Fact.OPTION).orElse("").equals("insecure")) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public class Kfp4jException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently (an exit code, a build-failure type). */
  public enum Kind {
    /** Something named (a pipeline, a run, a class, a file, an image) is not there. */
    NOT_FOUND,
    /** An argument, an option, a file's content or a classpath entry is not usable as given. */
    INVALID_INPUT,
    /** The pipeline cannot be built or compiled: the facts name the pipeline, the task and the input. */
    INVALID_PIPELINE,
    /** The project's own code threw while a pipeline was built. */
    USER_CODE,
    /** A file or folder cannot be read or written, or a port cannot be bound. */
    IO,
    /** A server (KFP, a registry) cannot be reached or answered with an error. */
    SERVER,
    /** A container image cannot be built, pulled or pushed. */
    IMAGE,
    /** A run or submission ended without success, or not in time. */
    RUN_FAILED
  }

  /** Names of the facts kfp4j's exceptions carry; others may appear. */
  public static final class Fact {
    /** The pipeline's name. */
    public static final String PIPELINE = "pipeline";
    /** The task's name. */
    public static final String TASK = "task";
    /** The input's (or output's) name. */
    public static final String INPUT = "input";
    /** A pipeline parameter's name. */
    public static final String PARAMETER = "parameter";
    /** A component's name. */
    public static final String COMPONENT = "component";
    /** A run's id. */
    public static final String RUN = "run";
    /** A file or folder. */
    public static final String FILE = "file";
    /** A registry or server address. */
    public static final String REGISTRY = "registry";
    /** An image reference. */
    public static final String IMAGE = "image";
    /** An HTTP status (0: no answer). */
    public static final String STATUS = "status";
    /** A port. */
    public static final String PORT = "port";
    /**
     * The setting that fixes it, named neutrally for every front end to word its own way: {@code insecure},
     * {@code login}, {@code cache}, {@code parameter}, {@code timeout}, {@code token}, {@code port},
     * {@code classpath}.
     */
    public static final String OPTION = "option";

    private Fact() {}
  }

  private final Kind kind;
  private final String problem;
  private final String fix;
  private final Map<String, String> facts;

  /**
   * @param kind what went wrong
   * @param message the facts and the fix, as one text
   */
  public Kfp4jException(Kind kind, String message) {
    this(kind, message, null, Map.of(), null);
  }

  /**
   * @param kind what went wrong
   * @param message the facts and the fix, as one text
   * @param cause the underlying failure
   */
  public Kfp4jException(Kind kind, String message, Throwable cause) {
    this(kind, message, null, Map.of(), cause);
  }

  /**
   * @param kind what went wrong
   * @param problem what went wrong, with its facts, and no fix
   * @param fix what a library user does about it, or {@code null}; front ends may word their own
   * @param facts named facts ({@link Fact}); {@code null} values are left out
   * @param cause the underlying failure, or {@code null}
   */
  public Kfp4jException(Kind kind, String problem, String fix, Map<String, String> facts, Throwable cause) {
    super(fix == null ? problem : problem + "; " + fix, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.fix = fix;
    Map<String, String> kept = new LinkedHashMap<>();
    facts.forEach((name, value) -> {
      if (value != null) {
        kept.put(name, value);
      }
    });
    this.facts = Collections.unmodifiableMap(kept);
  }

  /** Named facts in order: {@code facts("pipeline", "p", "task", null)} keeps the pipeline only. */
  public static Map<String, String> facts(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in pairs of name and value");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /** What went wrong, with its facts, without the fix. */
  public String problem() {
    return problem;
  }

  /** The fix as a library user would apply it, when the message has one apart. */
  public Optional<String> fix() {
    return Optional.ofNullable(fix);
  }

  /** Every fact, in order. */
  public Map<String, String> facts() {
    return facts;
  }

  /** One fact. */
  public Optional<String> fact(String name) {
    return Optional.ofNullable(facts.get(name));
  }
}
