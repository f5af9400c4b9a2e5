package io.kfp4j.tooling.pipelines;

import io.kfp4j.tooling.FrontEnd;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Short descriptions of exceptions from a user's code or the file system, for one-line messages. */
public final class Failures {
  private Failures() {}

  /** The exception that matters: the cause of reflection and class-initialization wrappers. */
  public static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof InvocationTargetException || current instanceof ExceptionInInitializerError)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** {@code "IllegalStateException: message"}, or the full class name without a message; a missing class named. */
  public static String describe(Throwable e, FrontEnd frontEnd) {
    Throwable cause = unwrap(e);
    if (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException) {
      String missing = String.valueOf(cause.getMessage()).replace('/', '.');
      return "class " + missing + " is missing; " + frontEnd.missingClassFix();
    }
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getName();
    }
    return cause.getClass().getSimpleName() + ": " + String.join(" ", message.strip().split("\\R"));
  }

  /** Why a file could not be written: {@code "permission denied"}, {@code "/a/b is a file, not a folder"}. */
  public static String describeWrite(Throwable e, Path target) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied" + other(denied.getFile(), target);
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return (exists.getFile() == null ? "a parent" : exists.getFile()) + " is a file, not a folder";
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder" + other(missing.getFile(), target);
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT) + other(fs.getFile(), target);
    }
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }

  private static String other(String file, Path target) {
    if (file == null || Path.of(file).toAbsolutePath().equals(target.toAbsolutePath())) {
      return "";
    }
    return " (" + file + ")";
  }
}
