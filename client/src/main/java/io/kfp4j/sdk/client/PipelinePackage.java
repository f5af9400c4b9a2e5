package io.kfp4j.sdk.client;

import io.kfp4j.runtime.types.PythonJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A compiled pipeline, as the client sends it: the Argo workflow's YAML text and its tree, with the name and
 * description it is uploaded and run under. As a run's {@code workflow_manifest} it is kfp's
 * {@code json.dumps(yaml.safe_load(package))}, keys in their order. Package files are {@code .yaml}/{@code .yml}, or
 * {@code .zip} / {@code .tar.gz} / {@code .tgz} archives holding {@code pipeline.yaml} or a single {@code .yaml} file.
 *
 * <p>The client takes packages, not pipelines: compile a {@code PipelineGraph} with a compiler (kfp4j-compiler-argo's
 * {@code WorkflowWriter.toYaml(Compiler.compile(graph))}) and wrap the text with {@link #ofYaml}.
 */
public final class PipelinePackage {
  private static final String PACKAGE_ENTRY = "pipeline.yaml";

  private final String name;
  private final String description;
  private final String yaml;

  /** The text is checked to be a YAML mapping before it is kept. */
  private PipelinePackage(String name, String description, String yaml, String what) {
    parse(yaml, what);
    this.name = name;
    this.description = description;
    this.yaml = yaml;
  }

  /**
   * A package of compiled YAML text.
   *
   * @param name the pipeline's name: the default name of an upload and of a run
   * @param description its description, or {@code null}
   * @param yaml the Argo workflow as YAML
   * @throws IllegalArgumentException when the text is not a YAML mapping
   */
  public static PipelinePackage ofYaml(String name, String description, String yaml) {
    Objects.requireNonNull(name, "name");
    return new PipelinePackage(name, description, yaml, "the pipeline " + name);
  }

  /**
   * Reads a package file; its name is the file's name.
   *
   * @throws IllegalArgumentException naming the file when it is not a package or holds no workflow
   * @throws UncheckedIOException when it cannot be read
   */
  public static PipelinePackage read(Path file) {
    String yaml = yamlText(file);
    return new PipelinePackage(file.getFileName().toString(), null, yaml, "the pipeline package " + file);
  }

  /** The name the pipeline is uploaded and run under unless another is given. */
  public String name() {
    return name;
  }

  /** The description, or {@code null}. */
  public String description() {
    return description;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String yaml, String what) {
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(what + " is not valid YAML: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " does not hold a YAML mapping (an Argo Workflow); compile the"
          + " pipeline with Compiler.compile");
    }
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  /** The workflow as the YAML text of a {@code .yaml} package. */
  byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The manifest with kfp's {@code enable_caching} override applied: each template's label
   * {@code pipelines.kubeflow.org/enable_caching} set to {@code "true"}/{@code "false"} ({@code null}: unchanged).
   */
  @SuppressWarnings("unchecked")
  String manifest(Boolean enableCaching) {
    Map<String, Object> tree = parse(yaml, "the pipeline " + name);
    if (enableCaching != null && tree.get("spec") instanceof Map<?, ?> spec
        && spec.get("templates") instanceof List<?> templates) {
      for (Object t : templates) {
        if (t instanceof Map<?, ?> template && template.get("metadata") instanceof Map<?, ?> metadata
            && metadata.get("labels") instanceof Map<?, ?> labels) {
          ((Map<String, Object>) labels).put("pipelines.kubeflow.org/enable_caching", enableCaching.toString());
        }
      }
    }
    return PythonJson.dumpsInOrder(tree);
  }

  private static String yamlText(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      Map<String, byte[]> entries;
      if (name.endsWith(".zip")) {
        entries = unzip(bytes);
      } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
        entries = untar(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes());
      } else {
        throw new IllegalArgumentException("cannot read the pipeline package " + file + ": the name must end with"
            + " .yaml, .yml, .zip, .tar.gz or .tgz");
      }
      return new String(pick(entries, file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pipeline package " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] pick(Map<String, byte[]> entries, Path file) {
    if (entries.containsKey(PACKAGE_ENTRY)) {
      return entries.get(PACKAGE_ENTRY);
    }
    List<String> yamls = new ArrayList<>(entries.keySet().stream().filter(n -> n.endsWith(".yaml")).toList());
    if (yamls.size() != 1) {
      throw new IllegalArgumentException("the pipeline package " + file + " must hold pipeline.yaml or exactly one"
          + " .yaml file; it holds " + entries.keySet());
    }
    return entries.get(yamls.get(0));
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** The regular files of a ustar archive. */
  private static Map<String, byte[]> untar(byte[] tar) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int at = 0;
    while (at + 512 <= tar.length && tar[at] != 0) {
      String name = field(tar, at, 100);
      String prefix = field(tar, at + 345, 155);
      long size = Long.parseLong(field(tar, at + 124, 12).trim().isEmpty() ? "0" : field(tar, at + 124, 12).trim(), 8);
      byte type = tar[at + 156];
      int data = at + 512;
      if (data + size > tar.length) {
        throw new IOException("the tar archive is truncated");
      }
      if (type == '0' || type == 0) {
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        entries.put(full.startsWith("./") ? full.substring(2) : full,
            java.util.Arrays.copyOfRange(tar, data, data + (int) size));
      }
      at = data + (int) ((size + 511) / 512 * 512);
    }
    return entries;
  }

  private static String field(byte[] tar, int offset, int length) {
    int end = offset;
    while (end < offset + length && tar[end] != 0) {
      end++;
    }
    return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
  }
}
