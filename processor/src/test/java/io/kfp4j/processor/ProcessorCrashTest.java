package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure of kfp4j's own code while handling one annotated method is one error on that method, naming the bug,
 * and the other methods are still processed: javac does not crash. The failure is injected where the processor reads
 * a method's javadoc, through a processing environment whose {@code Elements.getDocComment} throws for one method.
 */
class ProcessorCrashTest {
  private static final JavaFileObject TWO_COMPONENTS = TestSupport.component("com.example.Calc", """
      /** Adds. */
      @Component
      public static double add(double a, double b) { return a + b; }

      /** Fails inside kfp4j. */
      @Component
      public static double boom(double a) { return a; }
      """);

  @Test
  void aCrashOnOneMethodIsOneErrorOnThatMethod(@TempDir Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of("-d",
          Files.createDirectories(dir.resolve("classes")).toString(), "-s", sources.toString(), "-classpath",
          System.getProperty("java.class.path")), null, List.of(TWO_COMPONENTS));
      task.setProcessors(List.of(new CrashingOn("boom", new ComponentProcessor())));
      ok = task.call();
    }

    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertFalse(ok, "the compilation fails");
    assertEquals(1, errors.size(), errors.toString());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith("kfp4j-processor failed while reading this @Component method (a bug in kfp4j"),
        message);
    assertTrue(message.contains("java.lang.IllegalStateException: injected failure"), message);
    long line = errors.get(0).getLineNumber();
    assertTrue(TWO_COMPONENTS.getCharContent(true).toString().lines().skip(line - 1).findFirst().orElseThrow()
        .contains("public static double boom("), "the error is on boom, line " + line);
    Path holder = sources.resolve("com/example/CalcOps.java");
    assertTrue(Files.exists(holder), "add is still processed");
    String text = Files.readString(holder);
    assertTrue(text.contains("public static final class AddOp extends Task<AddOp>"), text);
    assertFalse(text.contains("BoomOp") || text.contains("case \"boom\""), "nothing half-written for boom: " + text);
  }

  /** Runs a processor with an environment whose javadoc lookup throws for methods of one name. */
  private static final class CrashingOn extends AbstractProcessor {
    private final String methodName;
    private final Processor delegate;

    CrashingOn(String methodName, Processor delegate) {
      this.methodName = methodName;
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Elements elements = proxy(Elements.class, env.getElementUtils(), (method, args) -> {
        if (method.getName().equals("getDocComment") && ((Element) args[0]).getSimpleName().contentEquals(methodName)) {
          throw new IllegalStateException("injected failure");
        }
        return null;
      });
      delegate.init(proxy(ProcessingEnvironment.class, env, (method, args) ->
          method.getName().equals("getElementUtils") ? elements : null));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  /** What a proxy does before delegating: a replacement result, or {@code null} to delegate. */
  private interface Interception {
    Object apply(Method method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, T target, Interception override) {
    InvocationHandler handler = (self, method, args) -> {
      Object replaced = override.apply(method, args);
      if (replaced != null) {
        return replaced;
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
