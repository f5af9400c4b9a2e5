package io.kfp4j.cli.components;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.processor.StubGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kfp4j components stub FILE... --package P --out DIR}: writes the typed stubs the processor would make
 * from {@code @ComponentStubs}: a task factory per file, the marker types, and each file's bytes as a resource.
 */
@Command(
    name = "stub",
    description = {
      "Write typed Java task factories (XxxOp) for shared component specs, as @ComponentStubs makes them at compile"
          + " time: sources under --out (the package's folders, and io/kfp4j/types for types such as CSV), and each"
          + " spec's own bytes under --resources (META-INF/kfp4j/stubs/...), which must be on the class path.",
      "KFP v1 component specs and KFP v2 component files (an IR with one component) both make stubs; a component"
          + " whose command line needs KFP v2 ({{$}}, executorInput, inputUri, {{$.inputs...}}) gets its stub too,"
          + " and its tasks run only in pipelines compiled for KFP v2 (a warning says so).",
      "Problems of a file go to stderr as FILE:LINE:COLUMN: FIELD.PATH: MESSAGE; the other files are written.",
      "Two files with the same bytes make one stub (a note on stderr names both); two different files that would"
          + " make the same class are a problem."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file became a stub",
        "1:a file is invalid, refused (no implementation) or unreadable",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class StubCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "A component.yaml.")
  List<Path> files;

  @Option(names = "--package", required = true, paramLabel = "P", description = "The package of the stubs.")
  String packageName;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the sources go (src/main/java).")
  Path out;

  @Option(names = "--strict", description = "Make no stub of a file with a key given twice (KFP keeps the last"
      + " value; without --strict that is a warning).")
  boolean strict;

  @Option(names = "--resources", paramLabel = "DIR",
      description = "Where the specs go (src/main/resources); default: the resources folder beside --out when --out"
          + " is a Maven source folder (src/main/java -> src/main/resources), else --out.")
  Path resources;

  @Override
  public Integer call() {
    if (!SourceVersion.isName(packageName)) {
      throw new ParameterException(spec.commandLine(), "--package \"" + packageName + "\" is no Java package name");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    int unreadable = 0;
    for (Path file : files) {
      try {
        inputs.put(file.toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        err.println(file + ": cannot read the file: " + e.getMessage());
        unreadable++;
      }
    }
    StubGenerator.Result result = StubGenerator.generate(packageName, inputs, strict);
    result.problems().forEach(err::println);
    result.notes().forEach(note -> err.println("note: " + note));
    result.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    Path resourceRoot = resources == null ? defaultResources(out) : resources;
    try {
      for (Map.Entry<String, String> source : result.sources().entrySet()) {
        write(out.resolve(source.getKey()), source.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, byte[]> resource : result.resources().entrySet()) {
        write(resourceRoot.resolve(resource.getKey()), resource.getValue());
      }
    } catch (IOException e) {
      throw new CommandFailedException("cannot write the stubs: " + e.getMessage() + "; check that " + out
          + " is a writable folder", e);
    }
    int stubs = result.resources().size();
    stdout.println("wrote " + stubs + " stub" + (stubs == 1 ? "" : "s") + " of package " + packageName + " to " + out
        + (resourceRoot.equals(out) ? "" : ", their specs to " + resourceRoot)
        + (result.problems().size() + unreadable == 0 ? "" : "; " + (result.problems().size() + unreadable)
            + " file(s) had problems"));
    stdout.flush();
    return result.problems().isEmpty() && unreadable == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /**
   * Where the specs go without {@code --resources}: beside a Maven source folder ({@code src/main/java} gives
   * {@code src/main/resources}, {@code src/test/java} {@code src/test/resources}), where Maven copies them onto the
   * class path the stubs load them from; any other folder holds them itself.
   */
  static Path defaultResources(Path out) {
    Path normalized = out.toAbsolutePath().normalize();
    int n = normalized.getNameCount();
    boolean mavenSources = n >= 3 && normalized.getName(n - 3).toString().equals("src")
        && List.of("main", "test").contains(normalized.getName(n - 2).toString())
        && normalized.getName(n - 1).toString().equals("java");
    return mavenSources ? out.resolveSibling("resources") : out;
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, content);
  }
}
