package io.kfp4j.tooling.pipelines;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.internal.entry.ClasspathEntries;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import io.kfp4j.tooling.FrontEnd;
import io.kfp4j.tooling.ToolingException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The classpath of a compiled project (folders and jars) and the pipelines indexed on it. Its classes load in a
 * {@link URLClassLoader} whose parent is the front end's own loader, so a pipeline's classes share kfp4j's own
 * {@code PipelineGraph}.
 *
 * <p>A pipeline is found by the index resource {@code META-INF/kfp4j/pipelines/<key>} that kfp4j-processor writes,
 * where the key is the pipeline's name sanitized as KFP sanitizes Kubernetes names and each line names one pipeline
 * of that key: the binary name of the generated class, then {@code Owner#method} of its {@code @Pipeline} method
 * (older indexes hold the class only). Several pipelines may share a key, in one index or in several jars. A classpath of given entries searches only them; the default one searches
 * {@code target/classes} of the working folder (if present) and the front end's own classpath.
 */
public final class PipelineClasspath implements Closeable {
  /** The folder of the index resources. */
  public static final String INDEX = ProjectResources.PIPELINES;

  /**
   * One pipeline of an index resource.
   *
   * @param key the sanitized pipeline name (the resource's file name)
   * @param className the binary name of the generated class, or {@code ""} when the resource is empty
   * @param method {@code Owner#method} of the {@code @Pipeline} method (binary class name), or {@code ""} when the
   *     index does not say
   * @param location where the resource is, for messages
   */
  public record IndexEntry(String key, String className, String method, String location) {
    /** The name that picks this pipeline alone: {@code Owner#method}, else the generated class. */
    public String qualifiedName() {
      return method.isEmpty() ? className : method;
    }
  }

  private final List<Path> entries;
  private final boolean ownClasspath;
  private final String description;
  private final FrontEnd frontEnd;
  private final URLClassLoader loader;
  private final List<Path> toolClasspath;

  private PipelineClasspath(List<Path> entries, boolean ownClasspath, String description, FrontEnd frontEnd,
      ClassLoader parent) {
    this(entries, ownClasspath, description, frontEnd, parent, null);
  }

  private PipelineClasspath(List<Path> entries, boolean ownClasspath, String description, FrontEnd frontEnd,
      ClassLoader parent, List<Path> toolClasspath) {
    this.entries = List.copyOf(entries);
    this.toolClasspath = toolClasspath == null ? null : List.copyOf(toolClasspath);
    this.ownClasspath = ownClasspath;
    this.description = description;
    this.frontEnd = frontEnd;
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = entries.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new ToolingException(Kind.INVALID_INPUT, "classpath entry " + entries.get(i) + " cannot be used: "
            + e.getMessage());
      }
    }
    this.loader = new URLClassLoader("kfp4j-pipelines", urls, parent);
  }

  /**
   * A classpath given as text, as the {@code --classpath} option takes it.
   *
   * @param option the entries separated by {@link File#pathSeparator}; {@code DIR/*} means the jars in DIR
   * @param label how the front end names where the text came from, for messages ({@code "--classpath"})
   * @param workingDir the folder relative entries are resolved in
   * @param frontEnd how the front end words fixes
   * @param parent the front end's class loader
   * @throws ToolingException when an entry does not exist
   */
  public static PipelineClasspath parse(String option, String label, Path workingDir, FrontEnd frontEnd,
      ClassLoader parent) {
    List<Path> entries = new ArrayList<>();
    for (String part : option.split(Pattern.quote(File.pathSeparator))) {
      if (!part.isEmpty()) {
        entries.addAll(expand(part, workingDir));
      }
    }
    String description = entries.isEmpty()
        ? "an empty " + label
        : label + " " + String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    return new PipelineClasspath(entries, false, description, frontEnd, parent);
  }

  /**
   * A classpath of existing entries, such as a build tool's resolved project classpath.
   *
   * @param entries folders and jars, in order
   * @param description what they are, for messages ({@code "the classpath of com.example:app"})
   * @param frontEnd how the front end words fixes
   * @param parent the front end's class loader
   */
  public static PipelineClasspath of(List<Path> entries, String description, FrontEnd frontEnd, ClassLoader parent) {
    return new PipelineClasspath(entries, false, description, frontEnd, parent);
  }

  /**
   * A classpath of existing entries, for a front end whose own classes are not on {@code java.class.path} (a Maven
   * plugin runs in a class realm of its own).
   *
   * @param entries folders and jars, in order
   * @param description what they are, for messages ({@code "the classpath of com.example:app"})
   * @param frontEnd how the front end words fixes
   * @param parent the front end's class loader
   * @param toolClasspath the front end's own jars (with kfp4j-launcher and its runtime), which subprocess tasks get
   *     after the project's entries
   */
  public static PipelineClasspath of(List<Path> entries, String description, FrontEnd frontEnd, ClassLoader parent,
      List<Path> toolClasspath) {
    return new PipelineClasspath(entries, false, description, frontEnd, parent, toolClasspath);
  }

  /**
   * The default classpath: {@code target/classes} in the working folder if present, plus the front end's own
   * classpath.
   */
  public static PipelineClasspath ownClasspath(Path workingDir, FrontEnd frontEnd, ClassLoader parent) {
    Path classes = workingDir.resolve("target").resolve("classes");
    boolean present = Files.isDirectory(classes);
    String description = present
        ? classes + " and the kfp4j command's own classpath"
        : "the kfp4j command's own classpath (there is no target/classes in " + workingDir + ")";
    return new PipelineClasspath(present ? List.of(classes) : List.of(), true, description, frontEnd, parent);
  }

  /**
   * The classpath a kfp4j component needs as a separate process: the project's entries, then the front end's own
   * classpath (which holds the launcher and the runtime): the tool classpath given, else {@code java.class.path}.
   */
  public String subprocessClasspath() {
    List<String> parts = new ArrayList<>();
    entries.forEach(e -> parts.add(e.toString()));
    if (toolClasspath != null) {
      toolClasspath.forEach(e -> parts.add(e.toString()));
    } else {
      parts.add(System.getProperty("java.class.path"));
    }
    return String.join(File.pathSeparator, parts);
  }

  /** What is searched, for messages: {@code "--classpath a:b"}. */
  public String description() {
    return description;
  }

  /** How the front end words fixes. */
  public FrontEnd frontEnd() {
    return frontEnd;
  }

  /** The loader of the project's classes. */
  public ClassLoader loader() {
    return loader;
  }

  /**
   * The pipelines indexed under the key in every entry (and, by default, on kfp4j's own classpath), in classpath
   * order, each class once; several when pipelines share a name after KFP's sanitizing.
   */
  public List<IndexEntry> find(String key) {
    Map<String, IndexEntry> found = new LinkedHashMap<>();
    try {
      Enumeration<URL> urls = loader.findResources(INDEX + key);
      while (urls.hasMoreElements()) {
        read(key, urls.nextElement(), found);
      }
      if (ownClasspath && loader.getParent() != null) {
        Enumeration<URL> own = loader.getParent().getResources(INDEX + key);
        while (own.hasMoreElements()) {
          read(key, own.nextElement(), found);
        }
      }
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot find the pipeline index " + key + ": " + e.getMessage(), e);
    }
    return List.copyOf(found.values());
  }

  private static void read(String key, URL url, Map<String, IndexEntry> found) {
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        IndexLines.add(key, in.readAllBytes(), url.toString(), found);
      }
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot read the pipeline index " + url + ": " + e.getMessage(), e);
    }
  }

  /** Every indexed pipeline, each class once (the first in classpath order), sorted by key, then class. */
  public List<IndexEntry> list() {
    Map<String, IndexEntry> found = new LinkedHashMap<>();
    for (Path entry : entries) {
      scan(entry, found);
    }
    if (ownClasspath) {
      scanOwnClasspath(found);
    }
    return IndexLines.sorted(found);
  }

  /**
   * The pipelines indexed in one folder or jar, such as a project's own classes among its dependencies, sorted by
   * key, then class.
   *
   * @throws ToolingException when the jar cannot be read
   */
  public static List<IndexEntry> listIn(Path entry) {
    Map<String, IndexEntry> found = new LinkedHashMap<>();
    scan(entry, found);
    return IndexLines.sorted(found);
  }

  /**
   * The class of that binary name, not initialized.
   *
   * @return empty when there is no such class
   * @throws ToolingException when it is there but cannot be loaded (a class it needs is missing)
   */
  public Optional<Class<?>> loadClass(String className) {
    try {
      return Optional.of(Class.forName(className, false, loader));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (LinkageError e) {
      throw new ToolingException(Kind.USER_CODE, "cannot load class " + className + ": "
          + Failures.describe(e, frontEnd), e);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // only open jar files are closed; nothing to report
    }
  }

  /** One {@code --classpath} part: a folder or jar, or {@code DIR/*} for the jars in DIR, sorted. */
  private static List<Path> expand(String part, Path workingDir) {
    List<Path> paths;
    try {
      paths = ClasspathEntries.expand(part, workingDir);
    } catch (IllegalArgumentException e) {
      throw new ToolingException(Kind.INVALID_INPUT, e.getMessage(), e);
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ToolingException(Kind.NOT_FOUND, "classpath entry " + part + " does not exist (looked for " + path
            + "); give folders of classes and jars, separated by '" + File.pathSeparator + "'");
      }
    }
    return paths;
  }

  /** Adds the index resources in a folder or jar. */
  private static void scan(Path entry, Map<String, IndexEntry> found) {
    if (Files.isDirectory(entry)) {
      scanFolder(entry.resolve(INDEX), found);
    } else if (Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        scanJar(jar, entry.toString(), found);
      } catch (IOException e) {
        throw new ToolingException(Kind.INVALID_INPUT, "classpath entry " + entry
            + " is neither a folder nor a readable jar: " + e.getMessage(), e);
      }
    }
  }

  private static void scanFolder(Path index, Map<String, IndexEntry> found) {
    if (!Files.isDirectory(index)) {
      return;
    }
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        IndexLines.add(file.getFileName().toString(), Files.readAllBytes(file), file.toString(), found);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ToolingException(Kind.IO, "cannot read the pipeline index " + index + ": " + e.getMessage(), e);
    }
  }

  private static void scanJar(JarFile jar, String where, Map<String, IndexEntry> found) throws IOException {
    Enumeration<JarEntry> all = jar.entries();
    while (all.hasMoreElements()) {
      JarEntry entry = all.nextElement();
      String name = entry.getName();
      if (entry.isDirectory() || !name.startsWith(INDEX) || name.indexOf('/', INDEX.length()) >= 0) {
        continue;
      }
      String key = name.substring(INDEX.length());
      if (!key.isEmpty()) {
        try (InputStream in = jar.getInputStream(entry)) {
          IndexLines.add(key, in.readAllBytes(), where + "!/" + name, found);
        }
      }
    }
  }

  /** kfp4j's own classpath: the index folders its loader finds, and the entries of {@code java.class.path}. */
  private void scanOwnClasspath(Map<String, IndexEntry> found) {
    ClassLoader parent = loader.getParent();
    if (parent != null) {
      try {
        Enumeration<URL> folders = parent.getResources(INDEX.substring(0, INDEX.length() - 1));
        while (folders.hasMoreElements()) {
          scanUrl(folders.nextElement(), found);
        }
      } catch (IOException e) {
        throw new ToolingException(Kind.IO, "cannot list the pipelines on kfp4j's classpath: " + e.getMessage(), e);
      }
    }
    for (String part : System.getProperty("java.class.path", "").split(Pattern.quote(File.pathSeparator))) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        Path path = Path.of(part);
        if (Files.isDirectory(path) || part.toLowerCase(Locale.ROOT).endsWith(".jar")) {
          scan(path, found);
        }
      } catch (InvalidPathException | ToolingException e) {
        // an unusable entry of the JVM's own classpath is the JVM's business
      }
    }
  }

  private static void scanUrl(URL url, Map<String, IndexEntry> found) throws IOException {
    switch (url.getProtocol()) {
      case "file" -> {
        try {
          scanFolder(Path.of(url.toURI()), found);
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a plain folder; skip it
        }
      }
      case "jar" -> {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jarConnection) {
          jarConnection.setUseCaches(false);
          try (JarFile jar = jarConnection.getJarFile()) {
            scanJar(jar, jarConnection.getJarFileURL().toString(), found);
          }
        }
      }
      default -> {
        // other protocols (jrt, custom loaders) cannot be listed
      }
    }
  }
}
