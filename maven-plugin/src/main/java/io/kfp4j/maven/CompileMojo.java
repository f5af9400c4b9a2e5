package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.compile.SpecFiles;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.compile.WorkflowFiles;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.pipelines.ProjectPipelines;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles every pipeline indexed in the project's classes ({@code META-INF/kfp4j/pipelines/}, written by
 * kfp4j-processor) for the {@code target}: the Argo workflow KFP 1.8.22 runs ({@code argo}, the default), each checked
 * against Argo's JSON schema, or KFP v2's pipeline spec ({@code v2}, YAML only) for KFP 2.x servers and Vertex AI
 * Pipelines; to {@code target/kfp4j/pipelines/NAME.yaml}. Pipelines whose names are equal after KFP's sanitizing are each compiled by their
 * qualified name, to {@code NAME-<owner class>-<method>.yaml} (sanitized alike). A pipeline that cannot be built or compiled fails the build, naming the pipeline, the
 * task and the input. When {@code kfp4j:image} was run on these classes, the workflows name its image by digest.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CompileMojo extends PipelineMojo {
  /**
   * What to compile to: {@code argo}, the Argo workflow KFP 1.8.22 runs (and KFP 2.x through API v1beta1), or
   * {@code v2}, KFP v2's pipeline spec (IR) as KFP 2.x's compiler writes it.
   */
  @Parameter(property = "kfp4j.target", defaultValue = "argo")
  String target = "argo";

  /**
   * The file format: {@code yaml}, or a KFP package holding pipeline.yaml: {@code zip} or {@code tar.gz} (target
   * {@code argo} only).
   */
  @Parameter(property = "kfp4j.format", defaultValue = "yaml")
  String format;

  /** Where the workflows are written, one file per pipeline, named after it. */
  @Parameter(property = "kfp4j.outputDirectory", defaultValue = "${project.build.directory}/kfp4j/pipelines")
  File outputDirectory;

  /**
   * Where the project's component specs are copied ({@code NAME.component.yaml}, as the processor wrote them into the
   * classes, pinned to the image when {@code kfp4j:image} was run), for teams that share components as files.
   */
  @Parameter(property = "kfp4j.componentsDirectory", defaultValue = "${project.build.directory}/kfp4j/components")
  File componentsDirectory;

  /** Check each Argo workflow against Argo's JSON schema. */
  @Parameter(property = "kfp4j.checkSchema", defaultValue = "true")
  boolean checkSchema;

  /** The names that several of the project's pipelines have after KFP's sanitizing. */
  private java.util.Set<String> shared = java.util.Set.of();

  /** The pipeline files this run writes. */
  private WrittenFiles written;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Target to = Target.of(target);
    String extension = extension(format);
    if (to == Target.V2 && !extension.equals(".yaml")) {
      throw new MojoFailureException("format (kfp4j.format) is \"" + format + "\", but target (kfp4j.target) v2 writes"
          + " YAML only; set the format to yaml, or the target to argo for a " + format + " package");
    }
    if (!hasClasses()) {
      getLog().info("kfp4j: " + projectName() + " has no classes; nothing to compile");
      return;
    }
    preparePins();
    copyComponentSpecs();
    List<PipelineClasspath.IndexEntry> entries = ownPipelines();
    Map<String, Long> perKey = entries.stream().collect(Collectors.groupingBy(PipelineClasspath.IndexEntry::key,
        Collectors.counting()));
    // a name shared by several pipelines picks none: compile those by their qualified name, each to its own file
    List<String> own = entries.stream().map(e -> perKey.get(e.key()) > 1 ? e.qualifiedName() : e.key()).toList();
    shared = perKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    boolean chosen = pipeline != null && !pipeline.isBlank();
    if (chosen && own.isEmpty() && inMultiModuleBuild()) {
      getLog().info("kfp4j: " + projectName() + " has no pipelines; skipped");
      return;
    }
    List<String> names = chosen ? List.of(pipeline.strip()) : own;
    if (names.isEmpty()) {
      getLog().info("kfp4j: no pipelines indexed in " + classesDir() + "; nothing to compile");
      return;
    }
    ArgoSchema schema = checkSchema && to == Target.ARGO ? ArgoSchema.load() : null;
    List<Kfp4jException> failures = new ArrayList<>();
    written = WrittenFiles.in(outputDirectory.toPath(), ".kfp4j-pipelines");
    try (PipelineClasspath path = openClasspath()) {
      for (String name : names) {
        try {
          if (to == Target.V2) {
            compileSpec(name, path);
          } else {
            compile(name, path, extension, schema);
          }
        } catch (Kfp4jException e) {
          failures.add(e);
        }
      }
    }
    forgetStale(written, chosen || !failures.isEmpty(), outputDirectory.toPath());
    if (failures.size() == 1) {
      throw failures.get(0);
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(failures.size() + " of " + names.size() + " pipelines cannot be compiled:\n  "
          + String.join("\n  ", failures.stream().map(MavenWording.FRONT_END::message).toList()));
    }
  }

  private void compileSpec(String name, PipelineClasspath path) {
    PipelineGraph graph = ProjectPipelines.build(name, path);
    Path file = file(graph, name, ".yaml");
    SpecFiles.write(graph, file);
    written.wrote(file);
    int tasks = graph.tasks().size();
    getLog().info("compiled " + graph.name() + " (" + tasks + (tasks == 1 ? " task" : " tasks") + ") to " + file
        + ", KFP v2's pipeline spec");
  }

  /** The output file of a pipeline: its sanitized name, qualified when several pipelines share it. */
  private Path file(PipelineGraph graph, String name, String extension) {
    String key = KfpNames.k8sName(graph.name());
    String qualifier = shared.contains(key) ? "-" + KfpNames.k8sName(name.replace('#', '-')) : "";
    return outputDirectory.toPath().resolve(key + qualifier + extension);
  }

  private void compile(String name, PipelineClasspath path, String extension, ArgoSchema schema)
      throws MojoFailureException {
    PipelineGraph graph = ProjectPipelines.build(name, path);
    Path file = file(graph, name, extension);
    Map<String, Object> workflow = WorkflowFiles.write(graph, file);
    written.wrote(file);
    if (schema != null) {
      List<String> problems = schema.problems(workflow);
      if (!problems.isEmpty()) {
        throw new MojoFailureException("the workflow of pipeline \"" + graph.name() + "\" (" + file + ") is not"
            + " valid against Argo's schema; this is a kfp4j compiler bug, please report it with the pipeline:\n  "
            + String.join("\n  ", problems));
      }
    }
    int tasks = graph.tasks().size();
    getLog().info("compiled " + graph.name() + " (" + tasks + (tasks == 1 ? " task" : " tasks") + ") to " + file
        + (schema != null ? ", a valid Argo workflow" : ""));
  }

  /** Copies the specs under the classes' {@code META-INF/kfp4j/components/} to {@link #componentsDirectory}. */
  private void copyComponentSpecs() throws MojoExecutionException {
    Path specs = classesDir().resolve(ProjectResources.COMPONENTS);
    if (!Files.isDirectory(specs)) {
      return;
    }
    try (Stream<Path> files = Files.list(specs)) {
      List<Path> yamls = files.filter(f -> f.getFileName().toString().endsWith(ProjectResources.SPEC_SUFFIX))
          .sorted().toList();
      Path target = Files.createDirectories(componentsDirectory.toPath());
      WrittenFiles copied = WrittenFiles.in(target, ".kfp4j-components");
      for (Path yaml : yamls) {
        Files.copy(yaml, target.resolve(yaml.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        copied.wrote(target.resolve(yaml.getFileName()));
      }
      forgetStale(copied, false, target);
      getLog().info("kfp4j: " + yamls.size() + " component spec(s) copied to " + target);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot copy the component specs of " + specs + " to " + componentsDirectory
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the files an earlier run wrote into the folder and this one did not (unless this run wrote only some: one
   * pipeline chosen, or failures), saying which.
   */
  private void forgetStale(WrittenFiles files, boolean partial, Path dir) throws MojoExecutionException {
    try {
      if (partial) {
        files.keepOthers();
        return;
      }
      List<String> removed = files.removeStale();
      if (!removed.isEmpty()) {
        getLog().info("kfp4j: removed " + String.join(", ", removed) + " from " + dir + ", written by an earlier"
            + " build for what the project no longer has");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot update the list of files kfp4j wrote in " + dir + " ("
          + files.list() + "): " + e.getMessage(), e);
    }
  }

  /** {@code .yaml}, {@code .zip} or {@code .tar.gz} for the format. */
  static String extension(String format) throws MojoFailureException {
    String value = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "yaml", "yml" -> ".yaml";
      case "zip" -> ".zip";
      case "tar.gz", "tgz" -> ".tar.gz";
      default -> throw new MojoFailureException("format (kfp4j.format) is \"" + format + "\"; give yaml, zip or"
          + " tar.gz");
    };
  }
}
