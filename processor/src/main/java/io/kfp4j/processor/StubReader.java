package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Reads a shared component into the shape of a task factory ({@link OpModel}), or says why it cannot be one:
 * components without an implementation are refused. A component that only KFP v2 can run (a KFP v2 component file
 * or a v1 spec with v2-only placeholders such as {@code {{$}}}, {@code executorInput} or {@code inputUri}) gets its
 * stub, marked so: its tasks compile for KFP v2, and the v1 toolchain refuses them by name. A graph component's
 * stub takes its inputs as the graph passes them on (by value, typed by their KFP types).
 */
final class StubReader {
  private final StubTypes types;

  StubReader(StubTypes types) {
    this.types = types;
  }

  /** A stub, or the reason there is none. */
  sealed interface Result {
    /** A stub. @param op its shape */
    record Stub(OpModel op) implements Result {}

    /** No stub. @param why the reason and the fix */
    record Refused(String why) implements Result {}
  }

  /**
   * @param loaded the component
   * @param packageName the package of the stub
   * @param origin where it came from, as the user named it (kept as the component's origin)
   * @param originating the element the stub comes from, or {@code null}
   */
  Result read(LoadedComponent loaded, String packageName, String origin, Element originating) {
    ComponentSpec spec = loaded.spec();
    String name = spec.nameOrDefault();
    boolean graph = spec.implementation() instanceof Implementation.Graph;
    if (!graph && !(spec.implementation() instanceof Implementation.Container)) {
      return new Result.Refused("component \"" + name + "\" has no implementation; a stub needs"
          + " implementation.container to run");
    }
    List<V2Usage> v2 = V2Usage.find(spec);
    // a graph component's task becomes its graph's tasks: its inputs are passed on as they are given
    Set<String> filesRead = graph ? Set.of() : filesRead(spec);
    Map<String, String> inputNames = StubNaming.uniqueIdentifiers(
        spec.inputs().stream().map(InputSpec::name).toList(), "input");
    Map<String, String> outputNames = StubNaming.uniqueIdentifiers(
        spec.outputs().stream().map(OutputSpec::name).toList(), "output");
    List<Port> inputs = new ArrayList<>();
    for (InputSpec input : spec.inputs()) {
      boolean file = filesRead.contains(input.name());
      TypeName type = types.of(input.type(), true);
      boolean optional = input.optional() || input.defaultValue() != null;
      inputs.add(new Port(input.name(), inputNames.get(input.name()),
          file ? Port.Passing.INPUT_PATH : Port.Passing.VALUE,
          ioType(input.typeName().orElse(null), type, file, false),
          optional, false, doc(input.defaultText().orElse(null)), doc(input.description())));
    }
    List<Port> outputs = new ArrayList<>();
    for (OutputSpec output : spec.outputs()) {
      TypeName type = types.of(output.type(), false);
      outputs.add(new Port(output.name(), outputNames.get(output.name()), Port.Passing.OUTPUT_PATH,
          ioType(output.typeName().orElse(null), type, false, true), false, false, null, doc(output.description())));
    }
    String className = StubNaming.className(name);
    ClassName op = ClassName.get(packageName, className.endsWith("Op") ? className : className + "Op");
    String resource = ProjectResources.stubSpec(packageName, KfpNames.k8sName(name));
    CodeBlock classDoc = CodeBlock.builder()
        .add("Task factory of the shared component $S, generated from $L", name, doc(origin))
        .add(" (sha256 {@code $L}).\n", loaded.digest())
        .add("$L", spec.description() == null ? "" : "\n<p>" + doc(spec.description()) + "\n")
        .add(graph ? "\n<p>A graph component: in a pipeline its task becomes the tasks of its graph, as in KFP; the"
            + " components they run come from each reference's inline spec or URL, or from\n"
            + "{@code PipelineScope.componentRefs(...)}.\n" : "")
        .add("$L", spec.v2Native().isEmpty() ? "" : "\n<p>A KFP v2 component (schemaVersion "
            + doc(spec.v2Native().get().schemaVersion()) + ")" + (v2.isEmpty() ? ".\n" : ": " + v2Only(v2)))
        .add("$L", spec.v2Native().isEmpty() && !v2.isEmpty() ? "\n<p>KFP v2 only: " + v2Only(v2) : "")
        .build();
    String factoryDoc = spec.description() == null ? "" : doc(spec.description());
    return new Result.Stub(new OpModel(op, StubNaming.factoryName(name), name, classDoc, factoryDoc,
        Generated.of(StubProcessor.class, "from " + origin), originating, resource, origin, inputs, outputs));
  }

  /** Why only KFP v2 runs the component's tasks, as the end of a javadoc sentence. */
  private static String v2Only(List<V2Usage> v2) {
    return "its command line uses " + doc(v2.get(0).placeholder()) + " (at " + doc(v2.get(0).path()) + "), which"
        + " KFP v2's launcher fills in, so its tasks run only in pipelines compiled for KFP v2.\n";
  }

  /**
   * The inputs the component reads from files: those its command line reads with {@code inputPath}, and a KFP v2
   * component's artifacts, which it reads as files whatever its command line says (a Python-function component
   * reads them through {@code {{$}}}).
   */
  private static Set<String> filesRead(ComponentSpec spec) {
    Set<String> files = new java.util.LinkedHashSet<>(
        ((Implementation.Container) spec.implementation()).container().inputPathNames());
    spec.v2Native().ifPresent(v2 -> files.addAll(v2.artifactInputs()));
    return files;
  }

  /**
   * The port's type: a file input is a file, and so is an output whose type has no Java value type (untyped, or a
   * marker type), read back as its stored file; the others convert as their Java type does ({@code Integer} as a KFP
   * Integer, read back as a {@code long} as Python's integers may exceed an {@code int}; {@code Map} as JSON; an
   * untyped value input as text).
   */
  private static IoType ioType(String kfpType, TypeName type, boolean file, boolean output) {
    IoType.Kind kind = file ? IoType.Kind.PATH : kind(kfpType, type, output);
    return new IoType(kind, kfpType, kind == IoType.Kind.LONG ? ClassName.get(Long.class) : type, type);
  }

  private static IoType.Kind kind(String kfpType, TypeName type, boolean output) {
    if (kfpType == null) {
      return output ? IoType.Kind.PATH : IoType.Kind.STRING;
    }
    TypeName raw = type instanceof ParameterizedTypeName p ? p.rawType() : type;
    if (raw.equals(ClassName.get(String.class))) {
      return IoType.Kind.STRING;
    } else if (raw.equals(ClassName.get(Integer.class))) {
      return IoType.Kind.LONG;
    } else if (raw.equals(ClassName.get(Double.class))) {
      return IoType.Kind.DOUBLE;
    } else if (raw.equals(ClassName.get(Boolean.class))) {
      return IoType.Kind.BOOLEAN;
    } else if (raw.equals(ClassName.get(List.class)) || raw.equals(ClassName.get(Map.class))) {
      return IoType.Kind.JSON;
    }
    return output ? IoType.Kind.PATH : IoType.Kind.STRING;
  }

  /** Text safe in a javadoc comment: HTML escaped, no comment end, no block tags, no unicode escapes. */
  static String doc(String text) {
    if (text == null) {
      return null;
    }
    return text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;").replace("\\u", "&#92;u").replace("{", "&#123;").replace("}", "&#125;");
  }
}
