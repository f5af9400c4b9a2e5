package io.kfp4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.kfp4j.annotations.Component;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.SpecValidator;
import io.kfp4j.runtime.yaml.ComponentWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Turns each {@code @Component} method into {@code component.yaml} (in the class output under
 * {@code META-INF/kfp4j/components/}) and a task factory {@code XxxOp}, nested in one source generated for the
 * declaring class, {@code CalcOps} (the class's launcher entries, {@code CalcOps.Entries}, beside them). Options: {@code kfp4j.image}
 * (the image of components that name none). Every file goes through the {@link javax.annotation.processing.Filer}, so that incremental
 * builds know what each came from; copies of the specs elsewhere are the build tool's job ({@code mvn kfp4j:compile}
 * writes them to {@code target/kfp4j/components/}). The option {@code kfp4j.componentsDir}, which wrote such copies
 * outside the Filer, is refused with that advice.
 */
@AutoService(Processor.class)
@SupportedOptions({ComponentProcessor.IMAGE_OPTION, ComponentProcessor.COMPONENTS_DIR_OPTION})
public final class ComponentProcessor extends AbstractProcessor {
  static final String IMAGE_OPTION = "kfp4j.image";
  static final String COMPONENTS_DIR_OPTION = "kfp4j.componentsDir";
  /** The image of components when neither the annotation nor the option names one. */
  static final String DEFAULT_IMAGE = "kfp4j/components:latest";

  /**
   * Classes with {@code @Component} methods whose signatures name types that did not resolve yet: another processor
   * may generate them, so the class's methods are read again in the next round (all of them: one source holds a
   * class's components). Methods still unresolved at the end are left to javac, which reports the missing types.
   */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The processors' one place to report. */
  private Diagnostics diagnostics;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Component.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (processingEnv.getOptions().containsKey(COMPONENTS_DIR_OPTION)) {
      refuseComponentsDir();
    }
    String image = processingEnv.getOptions().getOrDefault(IMAGE_OPTION, DEFAULT_IMAGE);
    MethodReader reader = new MethodReader(diagnostics, processingEnv.getElementUtils(), image);
    List<ComponentModel> models = new ArrayList<>();
    methodsByOwner(round).forEach((owner, ownMethods) -> {
      if (ownMethods.stream().anyMatch(MethodReader::waitsForTypes)) {
        // one source holds all of a class's components: wait until every one of them can be read
        String name = ((TypeElement) owner).getQualifiedName().toString();
        if (!round.processingOver() && !name.isEmpty()) {
          deferred.add(name);
          return;
        }
        ownMethods = ownMethods.stream().filter(m -> !MethodReader.waitsForTypes(m)).toList();
      }
      for (ExecutableElement method : ownMethods) {
        ComponentModel model = diagnostics.guard(method, "reading this @Component method", () -> reader.read(method));
        if (model != null) {
          models.add(model);
        }
      }
    });
    Map<ClassName, List<ComponentModel>> byHolder = new LinkedHashMap<>();
    for (ComponentModel model : withoutDuplicates(models)) {
      Boolean written = diagnostics.guard(model.method(), "writing the component.yaml of this @Component method",
          () -> writeSpec(model));
      if (Boolean.TRUE.equals(written)) {
        byHolder.computeIfAbsent(model.holderClass(), h -> new ArrayList<>()).add(model);
      }
    }
    byHolder.forEach((holder, own) -> diagnostics.guard(own.get(0).method(),
        "writing " + holder.canonicalName() + " for the @Component methods of " + own.get(0).owner().canonicalName(),
        () -> writeHolder(holder, own)));
    return false;
  }

  /**
   * This round's {@code @Component} methods and those of classes deferred from the last one, by declaring class, each
   * class's in the order it declares them, not the order a compiler hands them out (ecj's differs from javac's), so
   * that every compiler writes the same holder.
   */
  private Map<Element, List<ExecutableElement>> methodsByOwner(RoundEnvironment round) {
    Set<ExecutableElement> methods = new LinkedHashSet<>();
    deferred.forEach(owner -> {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(owner);
      if (type != null) {
        ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .filter(m -> m.getAnnotation(Component.class) != null)
            .forEach(methods::add);
      }
    });
    deferred.clear();
    ElementFilter.methodsIn(round.getElementsAnnotatedWith(Component.class)).forEach(methods::add);
    Map<Element, List<ExecutableElement>> byOwner = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      byOwner.computeIfAbsent(method.getEnclosingElement(), o -> new ArrayList<>());
    }
    byOwner.replaceAll((owner, none) -> ElementFilter.methodsIn(owner.getEnclosedElements()).stream()
        .filter(methods::contains).toList());
    return byOwner;
  }

  /** Reports components whose names or classes collide within this round, keeping the first of each. */
  private boolean componentsDirReported;

  /** Reports the removed option once; the specs are still written to the class output. */
  private void refuseComponentsDir() {
    if (!componentsDirReported) {
      componentsDirReported = true;
      diagnostics.error(null, "the option -A" + COMPONENTS_DIR_OPTION + " is no longer supported: the processor"
          + " writes only through the Filer. The specs are in the class output under META-INF/kfp4j/components/;"
          + " mvn kfp4j:compile copies them to target/kfp4j/components/. Remove the option");
    }
  }

  private List<ComponentModel> withoutDuplicates(List<ComponentModel> models) {
    Map<String, ComponentModel> byKey = new HashMap<>();
    Map<String, ComponentModel> byClass = new HashMap<>();
    List<ComponentModel> unique = new ArrayList<>();
    for (ComponentModel model : models) {
      ComponentModel sameKey = byKey.putIfAbsent(model.key(), model);
      ComponentModel sameClass = byClass.putIfAbsent(model.opClass().canonicalName(), model);
      if (sameClass != null) {   // an overload: a different name would not help, so this is said first
        diagnostics.error(model.method(), "both " + model.owner().canonicalName() + "#" + sameClass.method()
            + " and #" + model.method() + " would generate " + model.opClass().canonicalName()
            + "; @Component methods cannot be overloaded: rename one of them");
      } else if (sameKey != null) {
        diagnostics.error(model.method(), "component name \"" + model.name() + "\" is taken by " + where(sameKey)
            + " (both become \"" + model.key() + "\"); give one of them @Component(name = ...)");
      } else {
        unique.add(model);
      }
    }
    return unique;
  }

  /** Writes the component's {@code component.yaml}; whether it was written. */
  private boolean writeSpec(ComponentModel model) {
    ComponentSpec spec = SpecBuilder.build(model);
    List<?> problems = SpecValidator.validate(spec);
    if (!problems.isEmpty()) {
      diagnostics.error(model.method(),
          "kfp4j built an invalid spec for this component (please report it): " + problems);
      return false;
    }
    try {
      writeResource(model, model.specResource(), ComponentWriter.toYaml(spec));
      return true;
    } catch (javax.annotation.processing.FilerException e) {
      diagnostics.error(model.method(), "cannot write the component.yaml of component \"" + model.name() + "\": "
          + e.getMessage() + "; another component named \"" + model.key() + "\" already exists in this"
          + " compilation: rename one of them or give the component @Component(name = ...)");
    } catch (IOException e) {
      diagnostics.error(model.method(),
          "cannot write the component.yaml of component \"" + model.name() + "\": " + e.getMessage());
    }
    return false;
  }

  /** Writes the one source of a class's components. */
  private void writeHolder(ClassName holder, List<ComponentModel> models) {
    try {
      writeJava(HolderWriter.write(models));
    } catch (javax.annotation.processing.FilerException e) {
      diagnostics.error(models.get(0).method(), "cannot write " + holder.canonicalName() + ", the class kfp4j"
          + " generates for the @Component methods of " + models.get(0).owner().canonicalName() + ": "
          + e.getMessage() + "; " + Diagnostics.EXISTING_CLASS_FIX);
    } catch (IOException e) {
      diagnostics.error(models.get(0).method(),
          "cannot write " + holder.canonicalName() + ": " + e.getMessage());
    }
  }

  private void writeResource(ComponentModel model, String name, String text) throws IOException {
    FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name, model.method());
    try (Writer out = file.openWriter()) {
      out.write(text);
    }
  }

  /**
   * Formats the source in memory and hands it to the Filer in one write: JavaPoet writes token by token, and the
   * Filer's writer encodes every write on its own.
   */
  private void writeJava(JavaFile file) throws IOException {
    String text = file.toString();
    String name = file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = processingEnv.getFiler().createSourceFile(name,
        file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer out = source.openWriter()) {
      out.write(text);
    }
  }

  private static String where(ComponentModel model) {
    return model.owner().canonicalName() + "#" + model.methodName();
  }

}
