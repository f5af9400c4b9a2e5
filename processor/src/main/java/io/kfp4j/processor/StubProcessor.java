package io.kfp4j.processor;

import com.google.auto.service.AutoService;
import io.kfp4j.annotations.ComponentStubs;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns shared {@code component.yaml} files into typed task factories: those named by {@link ComponentStubs} (in
 * the package of the annotated element) and those of the option {@code -Akfp4j.stubs=PATH[,PATH...]} (files or
 * folders, in the package {@code -Akfp4j.stubsPackage=P}). Relative files resolve against
 * {@code -Akfp4j.projectDir=DIR}, else the working directory. A mistake in a file is a compile error on the
 * annotated element naming the file, line, column and field path.
 */
@AutoService(Processor.class)
@SupportedOptions({StubProcessor.STUBS_OPTION, StubProcessor.PACKAGE_OPTION, StubProcessor.PROJECT_DIR_OPTION})
public final class StubProcessor extends AbstractProcessor {
  static final String STUBS_OPTION = "kfp4j.stubs";
  static final String PACKAGE_OPTION = "kfp4j.stubsPackage";
  static final String PROJECT_DIR_OPTION = "kfp4j.projectDir";

  private StubGenerator generator;
  private boolean optionDone;

  /** The processors' one place to report. */
  private Diagnostics diagnostics;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    String stubs = processingEnv == null ? null : processingEnv.getOptions().get(STUBS_OPTION);
    return stubs == null || stubs.isBlank() ? Set.of(ComponentStubs.class.getCanonicalName()) : Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (generator == null) {
      generator = new StubGenerator(this::existingMarker);
    }
    StubSources sources = new StubSources(processingEnv.getFiler(),
        processingEnv.getOptions().get(PROJECT_DIR_OPTION));
    if (!optionDone) {
      optionDone = true;
      fromOption(sources);
    }
    for (Element element : round.getElementsAnnotatedWith(ComponentStubs.class)) {
      ComponentStubs stubs = element.getAnnotation(ComponentStubs.class);
      String packageName = processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
      for (String entry : stubs.value()) {
        diagnostics.guard(element, "making the stubs of \"" + entry + "\"", () -> {
          try {
            sources.find(entry).forEach(file -> write(file, packageName, element));
          } catch (StubSources.NotFoundException e) {
            diagnostics.error(element, e.getMessage());
          }
        });
      }
    }
    generator.newMarkers().forEach(marker -> {
      try {
        marker.writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        diagnostics.error(null,
            "cannot write the marker type " + marker.packageName() + "." + marker.typeSpec().name() + ": "
            + e.getMessage());
      }
    });
    return false;
  }

  private void fromOption(StubSources sources) {
    String option = processingEnv.getOptions().get(STUBS_OPTION);
    if (option == null || option.isBlank()) {
      return;
    }
    String packageName = processingEnv.getOptions().get(PACKAGE_OPTION);
    if (packageName == null || packageName.isBlank() || !SourceVersion.isName(packageName)) {
      diagnostics.error(null,
          "option -A" + STUBS_OPTION + " needs -A" + PACKAGE_OPTION + "=PACKAGE, the package of the stubs"
          + (packageName == null ? "" : " (\"" + packageName + "\" is no package name)"));
      return;
    }
    for (String entry : option.split(",")) {
      if (!entry.isBlank()) {
        try {
          sources.findFiles(entry.strip()).forEach(file -> write(file, packageName, null));
        } catch (StubSources.NotFoundException e) {
          diagnostics.error(null, e.getMessage() + " (option -A" + STUBS_OPTION + ")");
        }
      }
    }
  }

  private void write(StubSources.Found file, String packageName, Element element) {
    StubGenerator.Stub stub;
    try {
      stub = generator.stub(file.bytes(), file.source(), file.origin(), packageName, element);
    } catch (StubGenerator.StubException e) {
      diagnostics.error(element, e.getMessage());
      return;
    }
    if (stub.sameAs() != null) {
      diagnostics.note(element, stub.duplicateNote(file.source()));
      return;
    }
    try {
      Element[] originating = element == null ? new Element[0] : new Element[] {element};
      FileObject resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          stub.resource(), originating);
      try (OutputStream out = resource.openOutputStream()) {
        out.write(stub.bytes());
      }
      stub.source().writeTo(processingEnv.getFiler());
    } catch (FilerException e) {
      diagnostics.error(element, file.source() + ": cannot write the stub of component \""
          + stub.op().componentName() + "\": "
          + e.getMessage() + "; a class " + stub.op().opClass().canonicalName() + " or a resource " + stub.resource()
          + " exists already in this compilation: make the stub in another package");
    } catch (IOException e) {
      diagnostics.error(element, file.source() + ": cannot write the stub: " + e.getMessage());
    }
  }

  /** The {@code KFP_TYPE} of a marker class that exists already (from the class path or an earlier round). */
  private Optional<String> existingMarker(String qualifiedName) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(qualifiedName);
    if (type == null) {
      return Optional.empty();
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("KFP_TYPE") && field.getConstantValue() instanceof String name) {
        return Optional.of(name);
      }
    }
    return Optional.of("(class " + qualifiedName + ", not a kfp4j marker type)");
  }

}
