package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Enumeration;

/**
 * A component that tasks can run: its spec, with the digest and origin KFP keeps in {@code componentRef}.
 *
 * @param loaded the spec with its digest and origin
 */
public record ComponentDefinition(LoadedComponent loaded) {

  /** The component spec. */
  public ComponentSpec spec() {
    return loaded.spec();
  }

  /** The spec's name, or KFP's fallback {@code "Component"}. */
  public String name() {
    return loaded.spec().nameOrDefault();
  }

  /**
   * This component with the components its graph's tasks name ({@code implementation.graph}, at any depth) taken
   * from {@code refs} where it knows them, written into the spec inline; a container component is returned as it
   * is. A task of a graph component becomes the tasks of its graph (as in KFP 1.8.22), whose components come from
   * the inline spec, else from the reference's URL when the pipeline is built.
   */
  public ComponentDefinition withComponentRefs(ComponentRefs refs) {
    java.util.Objects.requireNonNull(refs, "refs");
    if (!GraphExpansion.isGraph(this)) {
      return this;
    }
    return new ComponentDefinition(new LoadedComponent(GraphExpansion.withRefs(this, refs), loaded.digest(),
        loaded.origin(), loaded.text()));
  }

  /**
   * Loads a shared component from a file: a KFP v1 component spec, a KFP v2 component file (an IR with one
   * component; its tasks keep the published component for KFP v2, see {@code ComponentSpec.v2Native()}), or a zip
   * holding {@code component.yaml}.
   */
  public static ComponentDefinition load(java.nio.file.Path file) {
    return new ComponentDefinition(ComponentLoader.standard().fromFile(file));
  }

  /** Loads a shared component from a URL ({@code file:}, {@code http(s):}, {@code gs://}). */
  public static ComponentDefinition fromUrl(String url) {
    return new ComponentDefinition(ComponentLoader.standard().fromUrl(url));
  }

  /** Loads a component from YAML text. */
  public static ComponentDefinition fromText(String yaml) {
    return new ComponentDefinition(ComponentLoader.standard().fromText(yaml));
  }

  /**
   * A task of this component, with arguments by input name: the untyped factory for components loaded at run
   * time, as KFP's {@code load_component}.
   */
  public ComponentTask task(java.util.Map<String, ? extends Source<?>> arguments) {
    return new ComponentTask(this, arguments);
  }

  /**
   * Loads a component written by the kfp4j processor from the classpath of {@code anchor}: the resource in the jar
   * or folder {@code anchor} comes from, when several hold one of that name (a dependency's component named as one
   * of the project's), else the first.
   *
   * @throws IllegalStateException when the resource is missing or invalid (rebuild the project)
   */
  public static ComponentDefinition fromResource(Class<?> anchor, String resource) {
    return fromResource(anchor, resource, resource);
  }

  /**
   * Loads a component written by the kfp4j processor from the classpath of {@code anchor}, recording
   * {@code origin} (the file or URL a typed stub was generated from) as its origin, as KFP records the path given to
   * {@code load_component_from_file}.
   *
   * @throws IllegalStateException when the resource is missing or invalid (rebuild the project)
   */
  public static ComponentDefinition fromResource(Class<?> anchor, String resource, String origin) {
    ClassLoader loader = anchor.getClassLoader() != null ? anchor.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = openOwn(anchor, loader, resource)) {
      if (in == null) {
        throw new IllegalStateException("component resource " + resource + " of " + anchor.getName()
            + " is not on the classpath; rebuild the project so that the kfp4j processor writes it");
      }
      return new ComponentDefinition(ComponentLoader.standard().fromBytes(in.readAllBytes(), origin));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read component resource " + resource + ": " + e.getMessage(), e);
    } catch (InvalidSpecException e) {
      throw new IllegalStateException("component resource " + resource + " is invalid; rebuild the project:\n"
          + e.getMessage(), e);
    }
  }

  /** The resource of the anchor's own jar or folder, else the loader's first of that name; null when none. */
  private static InputStream openOwn(Class<?> anchor, ClassLoader loader, String resource) throws IOException {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    Enumeration<URL> all = loader.getResources(resource);
    if (source == null || source.getLocation() == null || !all.hasMoreElements()) {
      return loader.getResourceAsStream(resource);
    }
    String home = source.getLocation().toString();
    URL first = all.nextElement();
    for (URL url = first; url != null; url = all.hasMoreElements() ? all.nextElement() : null) {
      String text = url.toString();
      if (text.startsWith(home) || text.startsWith("jar:" + home + "!/")) {
        return url.openStream();
      }
    }
    return first.openStream();
  }
}
