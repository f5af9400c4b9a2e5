package io.kfp4j.runtime.internal.entry;

import java.util.List;

/**
 * Where the launcher finds a component's entry: the binary name of the class that declares the {@code @Component}
 * method and the method's name, written {@code io.example.Calc#add} after the launcher's main class in every generated
 * {@code component.yaml}. The entries live in the class the processor generates for the declaring class ({@link
 * #holderName}), nested as {@code Entries}; nothing is looked up on the classpath but that one class.
 *
 * @param owner the binary name of the declaring class ({@code io.example.Outer$Inner} for a nested one)
 * @param method the method's name
 */
public record EntryReference(String owner, String method) {

  /** The suffix of the generated class of a declaring class: {@code Calc} gets {@code CalcOps}. */
  public static final String HOLDER_SUFFIX = "Ops";
  /** The simple name of the entries class nested in the generated class. */
  public static final String ENTRIES = "Entries";

  /**
   * Reads {@code io.example.Calc#add}.
   *
   * @throws IllegalArgumentException when the text is not a class name, {@code #} and a method name
   */
  public static EntryReference parse(String text) {
    int hash = text.indexOf('#');
    if (hash <= 0 || hash == text.length() - 1 || text.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException("\"" + text + "\" is not a component entry: expected the class and method"
          + " of a @Component method, as in io.example.Calc#add (the word after io.kfp4j.launcher.Launcher in the"
          + " component's command); rebuild the project if its component.yaml names a component another way");
    }
    return new EntryReference(text.substring(0, hash), text.substring(hash + 1));
  }

  /**
   * The simple name of the class generated for a declaring class, from its simple names outermost first:
   * {@code [Calc]} gets {@code CalcOps}, {@code [Outer, Inner]} gets {@code Outer_InnerOps}.
   */
  public static String holderName(List<String> simpleNames) {
    return String.join("_", simpleNames).concat(HOLDER_SUFFIX);
  }

  /** The binary name of the generated entries class: {@code io.example.CalcOps$Entries}. */
  public String entriesClass() {
    int dot = owner.lastIndexOf('.');
    String packagePrefix = owner.substring(0, dot + 1);
    List<String> simpleNames = List.of(owner.substring(dot + 1).split("\\$", -1));
    return packagePrefix + holderName(simpleNames) + "$" + ENTRIES;
  }

  /**
   * Loads and creates the entry.
   *
   * @throws IllegalArgumentException when the class has no generated entries or none for the method
   */
  public ComponentEntry load(ClassLoader loader) {
    String className = entriesClass();
    ComponentEntries entries;
    try {
      entries = (ComponentEntries) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no kfp4j component " + this + " on the classpath (looked for the class "
          + className + "); " + whyNotFound(loader), e);
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new IllegalArgumentException("the entries class " + className + " of component " + this
          + " cannot be created: " + e + "; rebuild the project so that the processor regenerates it", e);
    }
    ComponentEntry entry = entries.entry(method);
    if (entry == null) {
      throw new IllegalArgumentException("no kfp4j component " + this + ": " + className + " has no @Component"
          + " method named \"" + method + "\"; rebuild the project so that its component.yaml files match its"
          + " classes");
    }
    return entry;
  }

  /** The likely fix when the entries class is missing: a nested class written with dots, a class without any. */
  private String whyNotFound(ClassLoader loader) {
    for (int dot = owner.lastIndexOf('.'); dot > 0; dot = owner.lastIndexOf('.', dot - 1)) {
      EntryReference nested = new EntryReference(owner.substring(0, dot) + owner.substring(dot).replace('.', '$'),
          method);
      if (exists(nested.entriesClass(), loader)) {
        return "a nested class is named by its binary name, with $: " + nested;
      }
    }
    if (exists(owner, loader)) {
      return "the class " + owner + " is there, but kfp4j generated no entries for it: it has no @Component method,"
          + " or was compiled without kfp4j's annotation processor";
    }
    return "check that the project's classes are on the classpath and were compiled with kfp4j's annotation processor";
  }

  private static boolean exists(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** {@code io.example.Calc#add}. */
  @Override
  public String toString() {
    return owner.concat("#").concat(method);  // concat: no invokedynamic at start-up
  }
}
