package io.kfp4j.runtime.internal.entry;

import io.kfp4j.runtime.internal.layout.ProjectResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds a component's generated entry by its key (the file name of its {@code component.yaml}, e.g. {@code add})
 * through one small resource, {@code META-INF/kfp4j/entries/<key>}, that names the entry class. No classpath
 * scanning; only the one entry class is loaded.
 */
public final class EntryIndex {
  /** The folder of the index resources. */
  public static final String FOLDER = ProjectResources.ENTRIES;

  private EntryIndex() {}

  /** The resource that names the entry of a component key. */
  public static String resource(String key) {
    return FOLDER.concat(key);  // concat: no invokedynamic at start-up
  }

  /**
   * Loads and creates the entry of a component key.
   *
   * @throws IllegalArgumentException when no entry is registered under the key
   */
  public static ComponentEntry load(String key, ClassLoader loader) {
    return load(key, loader, false);
  }

  /**
   * Loads and creates the entry of a component key; with {@code classpathFirst}, as the launcher does once in its
   * own JVM, the index resource is read straight from {@code java.class.path} first, since the class loader's
   * look-up searches the JDK's modules before (about 4 ms at start-up).
   *
   * @throws IllegalArgumentException when no entry is registered under the key
   */
  public static ComponentEntry load(String key, ClassLoader loader, boolean classpathFirst) {
    String className;
    try {
      byte[] bytes = classpathFirst ? ClasspathResource.read(resource(key)) : null;
      if (bytes == null) {
        bytes = fromLoader(resource(key), loader);
      }
      if (bytes == null) {
        throw new IllegalArgumentException("no kfp4j component \"" + key + "\" on the classpath (looked for "
            + resource(key) + "); check the component key and that the project's classes are on the classpath");
      }
      className = new String(bytes, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + resource(key) + ": " + e.getMessage(), e);
    }
    try {
      return (ComponentEntry) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("the entry class " + className + " of component \"" + key
          + "\" cannot be created: " + e + "; rebuild the project so that the processor regenerates it", e);
    }
  }

  private static byte[] fromLoader(String name, ClassLoader loader) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
