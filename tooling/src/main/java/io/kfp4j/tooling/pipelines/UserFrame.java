package io.kfp4j.tooling.pipelines;

import java.util.Optional;

/**
 * Where a pipeline failed to build in the user's own code: the {@code @Pipeline} method ({@code Owner#method}) that
 * the generated class calls, and the line of the owner's class (the method, a lambda in it or a nested class) nearest
 * to where the failure was thrown, so that a message can name both instead of the generated class.
 *
 * @param ownerMethod {@code com.example.Flows#training}
 * @param file the owner's source file, as the class file records it ({@code Flows.java}), or {@code null}
 * @param line the line in it, or 0 when unknown
 */
public record UserFrame(String ownerMethod, String file, int line) {

  /**
   * The user's frame of a failure thrown while the generated class's {@code spec()} ran, found in its stack: the
   * frame that the generated class's pipeline body ({@code p -> Owner.method(...)}, a lambda) calls is the
   * {@code @Pipeline} method; empty when the failure came before that body ran (a bad pipeline name) or before the
   * method was entered (its class is missing), or when {@code generated} is not on the stack.
   */
  public static Optional<UserFrame> of(Throwable failure, Class<?> generated) {
    StackTraceElement[] stack = failure.getStackTrace();
    int call = -1;
    for (int i = 0; i < stack.length && call < 0; i++) {
      if (stack[i].getClassName().equals(generated.getName()) && stack[i].getMethodName().startsWith("lambda$")) {
        call = i - 1;
      }
    }
    if (call < 0 || stack[call].getClassName().startsWith(generated.getName())) {
      return Optional.empty();
    }
    String owner = stack[call].getClassName();
    for (int i = 0; i <= call; i++) {
      String name = stack[i].getClassName();
      if (name.equals(owner) || name.startsWith(owner + "$")) {
        return Optional.of(new UserFrame(owner + "#" + stack[call].getMethodName(),
            stack[i].getFileName(), Math.max(stack[i].getLineNumber(), 0)));
      }
    }
    return Optional.empty();
  }

  /** {@code com.example.Flows#training at Flows.java:42}, or without the place when the class file has none. */
  @Override
  public String toString() {
    return ownerMethod + (file == null ? "" : " at " + file + (line > 0 ? ":" + line : ""));
  }
}
