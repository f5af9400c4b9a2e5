package io.kfp4j.tooling.pipelines;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.ToolingException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the class of a pipeline named on the command line: by its name (the index), by the generated class's
 * name, or by {@code OwnerClass#method} of the {@code @Pipeline} method, the qualified name. A name that several
 * pipelines have after KFP's sanitizing ({@code pipeline flip coin}, {@code pipeline-flip-coin}) is ambiguous: it
 * fails, listing each with its qualified name.
 */
final class PipelineLookup {
  private static final String PIPELINE_ANNOTATION = "io.kfp4j.annotations.Pipeline";
  private static final String ID = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
  private static final Pattern CLASS_NAME = Pattern.compile(ID + "(\\." + ID + ")*");

  /**
   * A pipeline's generated class.
   *
   * @param name the pipeline's name (its {@code NAME}), or the index key when the class has none
   * @param type the generated class
   * @param spec its {@code public static PipelineGraph spec()}
   */
  public record PipelineClass(String name, Class<?> type, Method spec) {}

  private final PipelineClasspath classpath;

  /** A lookup on that classpath. */
  public PipelineLookup(PipelineClasspath classpath) {
    this.classpath = classpath;
  }

  /**
   * The pipeline the argument names.
   *
   * @return empty when nothing on the classpath has that name
   * @throws ToolingException when the argument names something that is not a usable pipeline
   */
  public Optional<PipelineClass> resolve(String argument) {
    String text = argument.strip();
    int hash = text.indexOf('#');
    if (hash >= 0) {
      return Optional.of(byMethod(text.substring(0, hash), text.substring(hash + 1)));
    }
    String key = KfpNames.k8sName(text);
    if (!key.isEmpty()) {
      List<PipelineClasspath.IndexEntry> entries = classpath.find(key);
      if (entries.size() > 1) {
        throw ambiguous(text, key, entries);
      }
      if (entries.size() == 1) {
        return Optional.of(fromIndex(entries.get(0)));
      }
    }
    if (CLASS_NAME.matcher(text).matches()) {
      Optional<Class<?>> type = classpath.loadClass(text);
      if (type.isPresent()) {
        return Optional.of(pipelineClass(type.get(), null));
      }
    }
    return Optional.empty();
  }

  /**
   * A name that several pipelines have after KFP's sanitizing: never one of them silently, but each listed with the
   * qualified name that picks it.
   */
  private ToolingException ambiguous(String name, String key, List<PipelineClasspath.IndexEntry> entries) {
    List<String> qualified = entries.stream().map(PipelineClasspath.IndexEntry::qualifiedName).toList();
    return new ToolingException(Kind.INVALID_INPUT, "pipeline name \"" + name + "\" is ambiguous: " + entries.size()
        + " pipelines on " + classpath.description() + " are named \"" + key + "\" after KFP's sanitizing:\n"
        + ProjectPipelines.table(classpath, entries).lines().map(l -> "  " + l)
            .collect(java.util.stream.Collectors.joining("\n"))
        + "\nchoose one by its qualified name (CLASS#method): " + String.join(" or ", qualified));
  }

  /** The pipeline of an index resource. */
  public PipelineClass fromIndex(PipelineClasspath.IndexEntry entry) {
    if (entry.className().isEmpty()) {
      throw new ToolingException(Kind.INVALID_INPUT, "the pipeline index " + entry.location()
          + " is empty; rebuild the project (it should hold the name of the class kfp4j-processor generated)");
    }
    Class<?> type = classpath.loadClass(entry.className()).orElseThrow(() -> new ToolingException(Kind.NOT_FOUND, 
        "pipeline " + entry.key() + " is indexed (" + entry.location() + ") as class " + entry.className()
            + ", which is not on " + classpath.description() + "; rebuild the project (the index is stale)"));
    return pipelineClass(type, entry.key());
  }

  /** {@code Owner#method}: the class kfp4j-processor generates for it, {@code <Method>Pipeline} beside Owner. */
  private PipelineClass byMethod(String ownerName, String methodName) {
    if (!CLASS_NAME.matcher(ownerName).matches() || !methodName.matches(ID)) {
      throw new ToolingException(Kind.INVALID_INPUT, "\"" + ownerName + "#" + methodName
          + "\" is not CLASS#method, such as com.example.MyPipelines#training");
    }
    Class<?> owner = classpath.loadClass(ownerName).orElseThrow(() -> new ToolingException(Kind.NOT_FOUND, 
        "there is no class " + ownerName + " on " + classpath.description()));
    if (Arrays.stream(owner.getDeclaredMethods()).noneMatch(m -> m.getName().equals(methodName))) {
      throw new ToolingException(Kind.NOT_FOUND, ownerName + " has no method " + methodName
          + pipelineMethodsHint(owner));
    }
    String generated = generatedClassName(owner, methodName);
    Class<?> type = classpath.loadClass(generated).orElseThrow(() -> new ToolingException(Kind.NOT_FOUND, 
        "there is no class " + generated + " for " + ownerName + "#" + methodName + ": the method needs @Pipeline,"
            + " and the project must be compiled with kfp4j-processor on the annotation processor path"));
    return pipelineClass(type, null);
  }

  /** Checks that the class is a pipeline's generated class. */
  private PipelineClass pipelineClass(Class<?> type, String key) {
    Method spec = specMethod(type);
    if (spec == null) {
      String methods = pipelineMethodsHint(type);
      throw new ToolingException(Kind.INVALID_INPUT, type.getName()
          + " is not a pipeline: it has no public static spec() returning PipelineGraph" + (methods.isEmpty()
              ? "; give a pipeline name (" + classpath.frontEnd().listPipelines() + "), the class kfp4j-processor generates for a"
                  + " @Pipeline method, or CLASS#method"
              : methods));
    }
    return new PipelineClass(name(type).orElse(key != null ? key : type.getName()), type, spec);
  }

  private Method specMethod(Class<?> type) {
    try {
      Method method = type.getMethod("spec");
      if (!Modifier.isStatic(method.getModifiers())) {
        return null;
      }
      if (!PipelineGraph.class.isAssignableFrom(method.getReturnType())) {
        if (method.getReturnType().getName().equals(PipelineGraph.class.getName())) {
          throw new ToolingException(Kind.INVALID_INPUT, type.getName()
              + " uses another copy of kfp4j-sdk than kfp4j's own (loaded by "
              + method.getReturnType().getClassLoader() + "); use kfp4j of the same version as the project's");
        }
        return null;
      }
      return method;
    } catch (NoSuchMethodException e) {
      return null;
    } catch (LinkageError e) {
      throw new ToolingException(Kind.USER_CODE, "cannot inspect class " + type.getName() + ": "
          + Failures.describe(e, classpath.frontEnd()), e);
    }
  }

  /** The {@code NAME} constant of a generated class, if it has one. */
  public static Optional<String> name(Class<?> type) {
    try {
      Field field = type.getField("NAME");
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        return Optional.ofNullable((String) field.get(null));
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // no usable NAME: the caller names the pipeline otherwise
    }
    return Optional.empty();
  }

  /**
   * {@code " (it holds @Pipeline methods: give A#b)"}, or nothing. A method counts when it has {@code @Pipeline}
   * (visible only when kfp4j-annotations is on the classpath) or when its generated class is there.
   */
  private String pipelineMethodsHint(Class<?> type) {
    List<String> methods;
    try {
      methods = Arrays.stream(type.getDeclaredMethods())
          .filter(m -> Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
          .filter(m -> hasPipelineAnnotation(m) || hasGeneratedClass(type, m.getName()))
          .map(m -> type.getName() + "#" + m.getName()).distinct().sorted().toList();
    } catch (LinkageError | RuntimeException e) {
      return "";
    }
    return methods.isEmpty() ? "" : " (it holds @Pipeline methods: give " + String.join(" or ", methods) + ")";
  }

  private static boolean hasPipelineAnnotation(Method method) {
    return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
        .anyMatch(a -> a.getName().equals(PIPELINE_ANNOTATION));
  }

  private boolean hasGeneratedClass(Class<?> owner, String methodName) {
    try {
      return classpath.loadClass(generatedClassName(owner, methodName)).map(this::specMethod).isPresent();
    } catch (ToolingException e) {
      return false;
    }
  }

  /**
   * The class kfp4j-processor generates for a method: {@code additionPipeline} gives {@code AdditionPipeline},
   * {@code train} gives {@code TrainPipeline}, in the package of the method's class.
   */
  private static String generatedClassName(Class<?> owner, String methodName) {
    String base = Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    String packageName = owner.getPackageName();
    return (packageName.isEmpty() ? "" : packageName + ".") + base + (base.endsWith("Pipeline") ? "" : "Pipeline");
  }
}
