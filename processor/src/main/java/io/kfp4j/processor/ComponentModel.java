package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.kfp4j.runtime.internal.entry.EntryReference;
import io.kfp4j.runtime.internal.layout.ProjectResources;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Component} method as read and checked: everything the writers need.
 *
 * @param method the annotated method, where diagnostics and generated files point
 * @param owner the class that declares it
 * @param name the component's human name ("Add")
 * @param key the file and launcher key, KFP-sanitized ("add")
 * @param description the description, or {@code null}
 * @param image the container image
 * @param annotations metadata annotations
 * @param labels metadata labels
 * @param ports parameters (inputs and output files) in signature order, then returned outputs
 * @param returnType the method's return type ({@code void} for none)
 * @param javadoc the body of the method's javadoc (its tags left out), for copying into the factory
 */
record ComponentModel(
    ExecutableElement method,
    ClassName owner,
    String name,
    String key,
    String description,
    String image,
    Map<String, String> annotations,
    Map<String, String> labels,
    List<Port> ports,
    TypeName returnType,
    String javadoc) {

  String methodName() {
    return method.getSimpleName().toString();
  }

  String packageName() {
    return owner.packageName();
  }

  /**
   * The class generated for the declaring class: {@code Calc} gets {@code CalcOps}, {@code Outer.Inner}
   * {@code Outer_InnerOps}.
   */
  ClassName holderClass() {
    return ClassName.get(owner.packageName(), EntryReference.holderName(owner.simpleNames()));
  }

  /** {@code add} becomes {@code CalcOps.AddOp}, nested in the class generated for the declaring class. */
  ClassName opClass() {
    return holderClass().nestedClass(Naming.capitalize(methodName()) + "Op");
  }

  /** What the launcher is given to find this component's entry: {@code io.example.Calc#add}. */
  EntryReference entry() {
    return new EntryReference(owner.reflectionName(), methodName());
  }

  /** The resource the spec is written to. */
  String specResource() {
    return ProjectResources.componentSpec(key);
  }

  /** The task factory's shape. */
  OpModel op() {
    return new OpModel(opClass(), methodName(), name,
        CodeBlock.of("Task factory of component $S, generated from {@link $T#$L}, and the type of its tasks.\n", name,
            owner, methodName()),
        javadoc, Generated.of(this), method, specResource(), null, inputs(), outputs());
  }

  List<Port> inputs() {
    return ports.stream().filter(Port::isInput).toList();
  }

  List<Port> outputs() {
    return ports.stream().filter(p -> !p.isInput()).toList();
  }
}
