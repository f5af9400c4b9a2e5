package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the marker type of a KFP type that has no Java counterpart: {@code io.kfp4j.types.CSV}, a record holding
 * the text of a value of that type. Its content depends only on the type's name, so the same marker made by two
 * compilations is the same class.
 */
final class MarkerWriter {
  private static final ClassName TYPED_TEXT = GeneratedCodeTypes.TYPED_TEXT;
  private static final ClassName VALUE = GeneratedCodeTypes.VALUE;

  private MarkerWriter() {}

  static JavaFile write(ClassName marker, String kfpType) {
    TypeSpec type = TypeSpec.recordBuilder(marker)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(TYPED_TEXT)
        .addAnnotation(Generated.of(StubProcessor.class, "KFP type " + kfpType))
        .addJavadoc("The KFP type $S of shared components: a $L output feeds only a $L input. A value of it is its"
            + " text\n(for a file input, the file's content).\n\n@param text the text passed to the component\n",
            kfpType, kfpType, kfpType)
        .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, "text").build())
        .addField(FieldSpec.builder(String.class, "KFP_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The KFP type name.\n").initializer("$S", kfpType).build())
        .addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A constant of this type, for an input of type $S.\n", kfpType)
            .addParameter(String.class, "text")
            .returns(ParameterizedTypeName.get(VALUE, marker))
            .addStatement("return $T.of(new $T(text))", VALUE, marker)
            .build())
        .addMethod(MethodSpec.methodBuilder("kfpType").addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class).returns(String.class).addStatement("return KFP_TYPE").build())
        .build();
    return JavaFile.builder(marker.packageName(), type).skipJavaLangImports(true).build();
  }
}
