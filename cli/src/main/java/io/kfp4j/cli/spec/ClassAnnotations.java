package io.kfp4j.cli.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The picocli annotations of one class as its class file holds them: only the attributes written in the source
 * (a class file keeps no defaults). Values are {@code String}, boxed primitives, {@link Type} for a class literal,
 * the constant's name ({@code String}) for an enum, and {@code List} for an array.
 *
 * @param type the class
 * @param command the attributes of its {@code @Command}, or {@code null} when it has none
 * @param members its fields with a picocli annotation, in declaration order
 */
record ClassAnnotations(Class<?> type, Map<String, Object> command, List<Member> members) {
  private static final String PICOCLI = "Lpicocli/CommandLine$";

  /**
   * One annotated field.
   *
   * @param field the field's name
   * @param kind the annotation's simple name: {@code Option}, {@code Parameters}, {@code Mixin} or {@code Spec}
   *     (or another picocli annotation, which {@link CommandSpecs} refuses)
   * @param values its attributes
   */
  record Member(String field, String kind, Map<String, Object> values) {}

  /** Reads the class file of {@code type} through its class loader. */
  static ClassAnnotations read(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot read the class file of " + type.getName() + " (" + resource + ")");
      }
      Collector collector = new Collector();
      new ClassReader(in).accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return new ClassAnnotations(type, collector.command, List.copyOf(collector.members));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
    }
  }

  /** The simple name of a picocli annotation ({@code Option}), or {@code null} for any other annotation. */
  private static String picocliKind(String descriptor) {
    return descriptor.startsWith(PICOCLI) ? descriptor.substring(PICOCLI.length(), descriptor.length() - 1) : null;
  }

  private static final class Collector extends ClassVisitor {
    Map<String, Object> command;
    final List<Member> members = new ArrayList<>();

    Collector() {
      super(Opcodes.ASM9);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      if (!"Command".equals(picocliKind(descriptor))) {
        return null;
      }
      command = new LinkedHashMap<>();
      return new Values(command);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          String kind = picocliKind(annotation);
          if (kind == null) {
            return null;
          }
          Map<String, Object> values = new LinkedHashMap<>();
          members.add(new Member(name, kind, values));
          return new Values(values);
        }
      };
    }
  }

  /** Collects an annotation's attributes into a map (or an array's elements into a list, under the key null). */
  private static final class Values extends AnnotationVisitor {
    private final Map<String, Object> values;

    Values(Map<String, Object> values) {
      super(Opcodes.ASM9);
      this.values = values;
    }

    @Override
    public void visit(String name, Object value) {
      values.put(name, value);
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      values.put(name, value);
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      List<Object> list = new ArrayList<>();
      values.put(name, list);
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visit(String ignored, Object value) {
          list.add(value);
        }

        @Override
        public void visitEnum(String ignored, String descriptor, String value) {
          list.add(value);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
          throw new IllegalStateException("an annotation inside an array attribute '" + name + "' is not read");
        }
      };
    }

    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
      throw new IllegalStateException("an annotation as attribute '" + name + "' is not read");
    }
  }
}
