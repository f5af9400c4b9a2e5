package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * Makes typed stubs of shared {@code component.yaml} files: for each, a task factory {@code XxxOp} and the file's own
 * bytes as a resource; and a marker type per KFP type name that has no Java counterpart. The processor
 * ({@link StubProcessor}) and the {@code kfp4j components stub} command both use it.
 */
public final class StubGenerator {
  private final StubTypes types;
  private final StubReader reader;
  private final ComponentLoader loader;
  private final Map<ClassName, Made> classes = new HashMap<>();
  private final Map<String, Made> resources = new HashMap<>();

  /** A file a stub was made of: where it was read, and its bytes. */
  private record Made(String source, byte[] bytes) {}

  /** A generator for one compilation; markers it makes are shared by all its stubs. */
  public StubGenerator() {
    this(name -> Optional.empty(), false);
  }

  /**
   * @param existing the {@code KFP_TYPE} of an existing marker class by qualified name, or empty when none exists
   * @param strict whether specs are loaded {@linkplain ComponentLoader#strict() strictly} (a duplicated key refused)
   */
  StubGenerator(Function<String, Optional<String>> existing, boolean strict) {
    this.types = new StubTypes(existing);
    this.reader = new StubReader(types);
    this.loader = strict ? ComponentLoader.standard().strict() : ComponentLoader.standard();
  }

  /**
   * The stub of one file: its factory source and its spec resource; or, when {@code sameAs} is not {@code null},
   * none, because the file has the same bytes as {@code sameAs}, whose stub serves both. {@code warnings}: what the
   * loader pointed out ({@code file:line:column: path: message}); {@code v2Only}: why its tasks run only in pipelines
   * compiled for KFP v2, or {@code null}.
   */
  record Stub(OpModel op, JavaFile source, String resource, byte[] bytes, String sameAs, List<String> warnings,
      String v2Only) {
    /** The note that says the file {@code source}, a duplicate, needs no stub of its own, naming both files. */
    String duplicateNote(String source) {
      return source + " has the same bytes as " + sameAs + ": one stub, " + op.opClass().canonicalName()
          + ", serves both";
    }
  }

  /**
   * The stub of a file.
   *
   * @param yaml the file's bytes
   * @param source where the bytes were read, for problems ({@code /abs/path/train.yaml})
   * @param origin the name the user gave it, kept as the component's origin
   * @param packageName the stub's package
   * @param originating the element the stub comes from, or {@code null}
   * @throws StubException with every problem of the file, each with file:line:column and field path, or why no stub
   *     can be made
   */
  Stub stub(byte[] yaml, String source, String origin, String packageName, Element originating) {
    LoadedComponent loaded;
    try {
      loaded = loader.fromBytes(yaml, source);
    } catch (InvalidSpecException e) {
      throw new StubException(source + ": invalid component spec, no stub made:\n  " + String.join("\n  ",
          e.problems().stream().map(Object::toString).toList()));
    }
    StubReader.Result result = reader.read(loaded, packageName, origin, originating);
    if (result instanceof StubReader.Result.Refused refused) {
      throw new StubException(source + ": " + refused.why());
    }
    OpModel op = ((StubReader.Result.Stub) result).op();
    Made made = new Made(source, yaml);
    Made otherClass = classes.putIfAbsent(op.opClass(), made);
    Made otherResource = resources.putIfAbsent(op.specResource(), made);
    Made other = otherClass != null ? otherClass : otherResource;
    if (other != null) {
      if (Arrays.equals(other.bytes(), yaml)) {
        return new Stub(op, null, op.specResource(), yaml, other.source(), List.of(), null);
      }
      throw new StubException(source + ": component \"" + op.componentName() + "\" would generate "
          + op.opClass().canonicalName() + ", as " + other.source() + " does, and the two files differ; make stubs"
          + " of them in different packages, or stub only one of them");
    }
    List<V2Usage> v2 = V2Usage.find(loaded.spec());
    return new Stub(op, OpWriter.write(op), op.specResource(), yaml, null,
        loaded.warnings().stream().map(Object::toString).toList(), v2.isEmpty() ? null
            : op.opClass().simpleName() + " runs on KFP v2 only (" + v2.get(0).placeholder() + " at " + v2.get(0).path()
                + "): compile the pipelines that use it for the v2 target");
  }

  /** Marker types used since the last call that do not exist yet: their sources. */
  List<JavaFile> newMarkers() {
    List<JavaFile> files = new ArrayList<>();
    types.takePending().forEach((kfpType, marker) -> files.add(MarkerWriter.write(marker, kfpType)));
    return files;
  }

  /**
   * Generates the stubs of files in one package, as the processor would.
   *
   * @param packageName the package of the stubs
   * @param files origin (as the user named the file) to its bytes
   * @return the sources and resources by path relative to their root, and the problems (empty when all went well)
   */
  public static Result generate(String packageName, Map<String, byte[]> files) {
    return generate(packageName, files, false);
  }

  /**
   * Generates the stubs of files in one package, as the processor would, loading the specs strictly or not.
   *
   * @param strict whether a spec with a duplicated key is refused (else its last value counts, with a warning)
   */
  public static Result generate(String packageName, Map<String, byte[]> files, boolean strict) {
    StubGenerator generator = new StubGenerator(name -> Optional.empty(), strict);
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    files.forEach((origin, bytes) -> {
      try {
        Stub stub = generator.stub(bytes, origin, origin, packageName, null);
        if (stub.sameAs() != null) {
          notes.add(stub.duplicateNote(origin));
          return;
        }
        sources.put(path(stub.source()), stub.source().toString());
        resources.put(stub.resource(), stub.bytes());
        warnings.addAll(stub.warnings());
        if (stub.v2Only() != null) {
          notes.add(origin + ": " + stub.v2Only());
        }
      } catch (StubException e) {
        problems.add(e.getMessage());
      }
    });
    generator.newMarkers().forEach(marker -> sources.put(path(marker), marker.toString()));
    return new Result(sources, resources, problems, notes, warnings);
  }

  private static String path(JavaFile file) {
    String dir = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
    return dir + file.typeSpec().name() + ".java";
  }

  /**
   * What {@link #generate} made.
   *
   * @param sources Java sources by path ({@code com/example/TrainOp.java})
   * @param resources spec resources by path ({@code META-INF/kfp4j/stubs/com.example/train.component.yaml})
   * @param problems one message per file that has no stub
   * @param notes one note per file that needs no stub of its own: it has the same bytes as a file that has one
   * @param warnings what KFP accepts but should be fixed in a file that has a stub ({@code file:line:column: path:
   *     message})
   */
  public record Result(Map<String, String> sources, Map<String, byte[]> resources, List<String> problems,
      List<String> notes, List<String> warnings) {}

  /** Why a file has no stub; the message names the file and, for spec problems, line, column and field path. */
  static final class StubException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StubException(String message) {
      super(message);
    }
  }
}
