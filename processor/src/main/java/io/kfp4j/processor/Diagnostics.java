package io.kfp4j.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Where kfp4j's processors report: every error on the element it is about, and kfp4j's own failures caught per
 * element (as AutoValue does), so that a bug while handling one method is one error on that method and javac goes
 * on with the others, instead of javac crashing with a stack trace about the processor.
 */
final class Diagnostics {
  private static final int TRACE_LINES = 6;

  /**
   * The fixes when the Filer refuses a generated class that exists: javac refuses a second class of one name in a
   * compilation; Eclipse's batch compiler also refuses one an earlier build left on the classpath.
   */
  static final String EXISTING_CLASS_FIX = "either a class of that name is in this compilation (rename one of them),"
      + " or an earlier build's is on the classpath, which Eclipse's batch compiler (ecj) does not generate again"
      + " (delete the old class output, as mvn clean does, and compile all sources again)";

  private final Messager messager;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** A warning on the element, or on the compilation when the element is {@code null}. */
  void warning(Element element, String message) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.WARNING, message);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element);
    }
  }

  /** An error on the element, or on the compilation when the element is {@code null} (processor options). */
  void error(Element element, String message) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
  }

  /** A note on the element, or on the compilation when the element is {@code null}. */
  void note(Element element, String message) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.NOTE, message);
    } else {
      messager.printMessage(Diagnostic.Kind.NOTE, message, element);
    }
  }

  /**
   * Runs one element's work, reporting a failure of kfp4j's own code as an error on the element.
   *
   * @param element the element the work is about
   * @param what what the work does, for the message ({@code "reading this @Component method"})
   * @return the work's result, or {@code null} when it failed
   */
  <T> T guard(Element element, String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      error(element, "kfp4j-processor failed while " + what + " (a bug in kfp4j: please report it with this"
          + " message and the code of this element): " + trace(e));
      return null;
    }
  }

  /** {@link #guard(Element, String, Supplier)} for work without a result. */
  void guard(Element element, String what, Runnable work) {
    guard(element, what, () -> {
      work.run();
      return Boolean.TRUE;
    });
  }

  /** The exception and the first lines of its stack trace. */
  private static String trace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return String.join("\n", text.toString().lines().limit(TRACE_LINES).toList());
  }
}
