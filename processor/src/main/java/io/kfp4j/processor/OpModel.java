package io.kfp4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * What {@link OpWriter} needs to write a task factory {@code XxxOp}, whether the component comes from a
 * {@code @Component} method ({@link ComponentModel#op()}) or from a shared {@code component.yaml} ({@link StubReader}).
 *
 * @param opClass the factory class, which is also the tasks' class ({@code CalcOps.AddOp}, or {@code AddOp} for a stub)
 * @param factoryName the static factory method ({@code add})
 * @param componentName the component's human name
 * @param classDoc the javadoc of the factory class
 * @param factoryDoc the body of the factory method's javadoc, or empty for a default sentence
 * @param generated the {@code @Generated} annotation of a factory written as a class of its own
 * @param originating the element the class comes from, or {@code null} (stubs from a processor option or the CLI)
 * @param specResource the classpath resource holding the spec
 * @param origin the origin recorded in the loaded component (KFP's {@code component_ref.url}), or {@code null} for
 *     the resource name
 * @param inputs the inputs, in spec order
 * @param outputs the outputs, in spec order
 */
record OpModel(
    ClassName opClass,
    String factoryName,
    String componentName,
    CodeBlock classDoc,
    String factoryDoc,
    AnnotationSpec generated,
    Element originating,
    String specResource,
    String origin,
    List<Port> inputs,
    List<Port> outputs) {
}
