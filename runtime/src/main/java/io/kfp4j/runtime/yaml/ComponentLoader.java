package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.SpecValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads {@code component.yaml} from text, a file, a URL ({@code file:}, {@code http(s):}, {@code gs://}) or a
 * zip holding {@code component.yaml}, as KFP's {@code load_component} does. Both formats load: a KFP v1 component
 * spec, and a KFP v2 component file (a pipeline spec, IR, with one component, told apart by its
 * {@code pipelineInfo}, {@code deploymentSpec}, {@code schemaVersion} or {@code root}), whose spec then carries
 * {@link io.kfp4j.runtime.spec.ComponentSpec#v2Native()}. Every problem of a file is
 * reported at once in an {@link InvalidSpecException}, each with file:line:column and field path. What KFP accepts
 * but a reader should fix (a duplicated key: the last value counts) comes as {@link LoadedComponent#warnings()};
 * a {@link #strict()} loader refuses it.
 */
public final class ComponentLoader {
  private static final String TEXT_SOURCE = "<text>";
  private static final String ZIP_ENTRY = "component.yaml";
  private static final ComponentLoader DEFAULT = new ComponentLoader(YamlLimits.DEFAULT, false);

  private final YamlLimits limits;
  private final boolean strict;

  private ComponentLoader(YamlLimits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  /** A loader with {@link YamlLimits#DEFAULT}. */
  public static ComponentLoader standard() {
    return DEFAULT;
  }

  /** A loader with other limits. */
  public static ComponentLoader withLimits(YamlLimits limits) {
    return new ComponentLoader(limits, false);
  }

  /**
   * This loader, refusing what KFP accepts with a warning: a key given twice in one mapping is a problem, not the
   * last value with a warning.
   */
  public ComponentLoader strict() {
    return new ComponentLoader(limits, true);
  }

  /** Loads YAML text; the origin is {@code null}. */
  public LoadedComponent fromText(String text) {
    return load(text.getBytes(StandardCharsets.UTF_8), TEXT_SOURCE, null);
  }

  /** Loads a file holding YAML or a zip with {@code component.yaml}. */
  public LoadedComponent fromFile(Path file) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooBig(source, size);
      }
      return load(Files.readAllBytes(file), source, source);
    } catch (NoSuchFileException e) {
      throw single(source, "no such file; check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")");
    } catch (IOException e) {
      throw single(source, "cannot read the file: " + e.getMessage());
    }
  }

  /** Loads from a {@code file:}, {@code http:}, {@code https:} or {@code gs://} URL (public objects only). */
  public LoadedComponent fromUrl(String url) {
    String fixed = url.startsWith("gs://") ? "https://storage.googleapis.com/" + url.substring(5) : url;
    URI uri;
    try {
      uri = URI.create(fixed);
    } catch (IllegalArgumentException e) {
      throw single(url, "not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    switch (scheme) {
      case "file":
        Path path;
        try {
          path = Path.of(uri);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
          throw single(url, "not a usable file URL (" + e.getMessage() + "); write an absolute one such as"
              + " file:///home/me/component.yaml, or pass the path itself");
        }
        LoadedComponent local = fromFile(path);
        return new LoadedComponent(local.spec(), local.digest(), fixed, local.text(), local.warnings());
      case "http":
      case "https":
        return load(download(uri, fixed), fixed, fixed);
      default:
        throw single(url, "unsupported URL scheme \"" + scheme + "\"; use file:, http:, https: or gs://");
    }
  }

  /** Loads bytes that hold YAML or a zip with {@code component.yaml}. */
  public LoadedComponent fromBytes(byte[] data, String origin) {
    return load(data, origin == null ? TEXT_SOURCE : origin, origin);
  }

  /**
   * Problems found on a loaded component's model rather than by the loader (such as a
   * {@link io.kfp4j.runtime.spec.DefaultMismatch} or a {@link io.kfp4j.runtime.spec.V2Usage}, which are warnings),
   * each placed at the line and column of the nearest field of its path in the component's text, as the loader places
   * its own problems. The text is read again, so call it only with something to place.
   *
   * @param component a component this loader (or another) loaded
   * @param source the file or URL to name, as the user gave it
   * @param found problems whose paths are the model's field paths ({@code inputs[0].default})
   */
  public List<SpecProblem> locate(LoadedComponent component, String source, List<SpecProblem> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Problems places = new Problems(source, false);
    parse(component.text(), places);
    found.forEach(places::locate);
    return places.all();
  }

  private byte[] download(URI uri, String source) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw single(source, "the server answered HTTP " + response.statusCode() + "; check the URL");
        }
        return readBounded(body, source);
      }
    } catch (IOException e) {
      throw single(source, "cannot download: " + (e.getMessage() == null ? e.toString() : e.getMessage())
          + "; check the URL and that the server is reachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw single(source, "interrupted while downloading");
    }
  }

  private LoadedComponent load(byte[] data, String source, String origin) {
    if (data.length > limits.maxBytes()) {
      throw tooBig(source, data.length);
    }
    if (isZip(data)) {
      data = unzip(data, source);
    }
    String text = decode(data, source);
    Problems problems = new Problems(source, strict);
    ComponentSpec spec = parse(text, problems);
    return new LoadedComponent(spec, digest(data), origin, text, problems.warnings());
  }

  /** Parses and validates text, reporting structural and semantic problems together. */
  private ComponentSpec parse(String text, Problems problems) {
    Node root = YamlTree.parse(text, limits, problems);
    ComponentSpec spec = null;
    String kubernetesKind = kubernetesKind(root);
    if (kubernetesKind != null) {
      problems.report(root, "kind", "this is a Kubernetes object (" + kubernetesKind + ")"
          + (kubernetesKind.startsWith("argoproj.io/") ? ", such as a pipeline compiled for Argo (KFP v1)" : "")
          + ", not a component spec; give a component.yaml: a mapping with name, inputs, outputs and implementation");
    } else if (root != null && V2ComponentReader.isV2(root)) {
      V2ComponentReader v2 = new V2ComponentReader(problems);
      spec = v2.spec(root);
      if (spec != null) {
        SpecValidator.validate(spec).forEach(p -> problems.locate(p, v2.inFile(p).path()));
      }
    } else if (root != null) {
      spec = new ComponentReader(problems).spec(root, "");
      if (spec != null) {
        SpecValidator.validate(spec).forEach(problems::locate);
      }
    }
    if (!problems.isEmpty() || spec == null) {
      throw new InvalidSpecException(problems.all());
    }
    return spec;
  }

  /**
   * {@code apiVersion/kind} of a Kubernetes object (a compiled Argo workflow given where a component spec belongs),
   * else null: a mapping with both keys and no {@code implementation}.
   */
  private static String kubernetesKind(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      return null;
    }
    String apiVersion = null;
    String kind = null;
    for (NodeTuple entry : mapping.getValue()) {
      String key = entry.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      String value = entry.getValueNode() instanceof ScalarNode v ? v.getValue() : null;
      switch (key) {
        case "apiVersion" -> apiVersion = value;
        case "kind" -> kind = value;
        case "implementation" -> {
          return null;
        }
        default -> { }
      }
    }
    return apiVersion == null || kind == null ? null : apiVersion + "/" + kind;
  }

  private static boolean isZip(byte[] data) {
    return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
  }

  private byte[] unzip(byte[] data, String source) {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(ZIP_ENTRY)) {
          return readBounded(zip, source + "!" + ZIP_ENTRY);
        }
        names.add(entry.getName());
      }
    } catch (IOException e) {
      throw single(source, "a broken zip file: " + e.getMessage());
    }
    throw single(source, "the zip holds no " + ZIP_ENTRY + " at its top level; it holds: "
        + (names.isEmpty() ? "nothing" : String.join(", ", names)));
  }

  private byte[] readBounded(InputStream in, String source) throws IOException {
    byte[] data = in.readNBytes(limits.maxBytes() + 1);
    if (data.length > limits.maxBytes()) {
      throw tooBig(source, data.length);
    }
    return data;
  }

  private static String decode(byte[] data, String source) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw single(source, "not UTF-8 text (a binary file?); save the component as UTF-8 YAML");
    }
  }

  /** KFP's digest: sha256 of the bytes with CRLF replaced by LF, in hex. */
  public static String digest(byte[] data) {
    byte[] normalized = new byte[data.length];
    int n = 0;
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
        continue;
      }
      normalized[n++] = data[i];
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(normalized, 0, n);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  private InvalidSpecException tooBig(String source, long size) {
    return single(source, String.format("the file is %.1f MiB, over the limit of %.1f MiB for a component spec"
            + " (the largest public KFP component is about 40 KB); raise it with ComponentLoader.withLimits if you"
            + " really mean it", size / 1048576.0, limits.maxBytes() / 1048576.0));
  }

  private static InvalidSpecException single(String source, String message) {
    return new InvalidSpecException(List.of(new SpecProblem(source, 0, 0, "", message)));
  }
}
