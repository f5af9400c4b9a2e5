package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.kfp4j.runtime.internal.entry.EntryReference;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the one source generated for a class with {@code @Component} methods, {@code XxxOps}: the task factory of
 * each component nested in it ({@code CalcOps.AddOp}) and the launcher entries of them all ({@code CalcOps.Entries}).
 * One source a class rather than files a component keeps javac's cost per component at that of a plain class, and an
 * IDE that recompiles the class alone rewrites exactly its components.
 */
final class HolderWriter {
  private HolderWriter() {}

  /** The holder of the components of one class, all of the same {@link ComponentModel#holderClass()}. */
  static JavaFile write(List<ComponentModel> models) {
    ComponentModel first = models.get(0);
    ClassName holder = first.holderClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(holder)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Generated.of(ComponentProcessor.class, "from " + first.owner().canonicalName()))
        .addJavadoc("Task factories of the components of {@link $T}: one class a {@code @Component} method, named for"
            + " it,\nwhose static method adds a task and whose instances are the tasks", first.owner())
        .addJavadoc(models.size() == 1 ? CodeBlock.of(" ({@link $T}).\n", first.opClass())
            : CodeBlock.of(".\n"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ComponentModel model : models) {
      type.addOriginatingElement(model.method());
      type.addType(OpWriter.typeSpec(model.op(), true));
    }
    type.addType(EntryWriter.write(holder.nestedClass(EntryReference.ENTRIES), models));
    return JavaFile.builder(holder.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
