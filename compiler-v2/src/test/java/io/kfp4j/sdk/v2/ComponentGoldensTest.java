package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.Goldens.assertSameSpec;
import static io.kfp4j.sdk.v2.Goldens.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import org.junit.jupiter.api.Test;

/**
 * KFP's goldens of container components compiled by themselves, each written as the v1 component YAML of the same
 * container: {@link PipelineSpecCompiler#componentSpec} equal to KFP 2's output as data, apart from
 * {@code sdkVersion}.
 */
class ComponentGoldensTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static void assertCompilesTo(String golden, String componentYaml) throws Exception {
    LoadedComponent component = ComponentLoader.standard().fromText(componentYaml);
    ObjectNode compiled = Compiled.component(component);
    compiled.remove("sdkVersion");
    assertSameSpec(golden(golden), compiled);
  }

  @Test
  void helloWorld() throws Exception {
    assertCompilesTo("hello_world.yaml", """
        name: echo
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [echo]
            args: [hello world]
        """);
  }

  @Test
  void containerIo() throws Exception {
    assertCompilesTo("container_io.yaml", """
        name: container_io
        inputs:
        - {name: text, type: String}
        outputs:
        - {name: output_path, type: String}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [my_program, {inputValue: text}]
            args: [--output_path, {outputPath: output_path}]
        """);
  }

  @Test
  void containerWithConcatPlaceholder() throws Exception {
    assertCompilesTo("container_with_concat_placeholder.yaml", """
        name: container_with_concat_placeholder
        inputs:
        - {name: text1, type: String}
        outputs:
        - {name: text2, type: Dataset}
        - {name: output_path, type: String}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command:
            - my_program
            - concat: [prefix-, {inputValue: text1}, {outputUri: text2}]
            args: [--output_path, {outputPath: output_path}]
        """);
  }

  @Test
  void containerWithIfPlaceholder() throws Exception {
    assertCompilesTo("container_with_if_placeholder.yaml", """
        name: container_with_if_placeholder
        inputs:
        - {name: optional_input, type: String, default: default}
        outputs:
        - {name: output_path, type: String}
        - {name: dataset, type: Dataset}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command:
            - my_program
            - if: {cond: {isPresent: optional_input}, then: [{inputValue: optional_input}], else: [bye]}
            - --dataset
            - if: {cond: {isPresent: optional_input}, then: [{outputUri: dataset}], else: [bye]}
            args: [--output_path, {outputPath: output_path}]
        """);
  }

  @Test
  void containerWithArtifactOutput() throws Exception {
    assertCompilesTo("container_with_artifact_output.yaml", """
        name: container_with_artifact_output
        inputs:
        - {name: num_epochs, type: Integer}
        outputs:
        - {name: model, type: Model}
        - {name: model_config_path, type: String}
        implementation:
          container:
            image: gcr.io/my-image
            command: [sh, run.sh]
            args:
            - --epochs
            - {inputValue: num_epochs}
            - --model_path
            - {outputUri: model}
            - --model_metadata
            - "{{$.outputs.artifacts['model'].metadata}}"
            - --model_config_path
            - {outputPath: model_config_path}
        """);
  }

  @Test
  void containerNoInput() throws Exception {
    assertCompilesTo("essential/container_no_input.yaml", """
        name: container_no_input
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [echo, hello world]
        """);
  }

  @Test
  void argumentsParameters() throws Exception {
    LoadedComponent component = ComponentLoader.standard().fromText("""
        name: echo
        inputs:
        - {name: param1, type: String, default: hello}
        - {name: param2, type: String}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [echo]
            args: ["{{$.inputs.parameters['param1']}}-{{$.inputs.parameters['param2']}}"]
        """);
    ObjectNode compiled = Compiled.component(component);
    compiled.remove("sdkVersion");
    ObjectNode expected = golden("arguments_parameters.yaml");
    // KFP compiled it with pipeline_parameters={'param1': 'hello'}: a default it writes on the root's input only,
    // without isOptional; a v1 input with a default is optional, on the component as on the root
    ((ObjectNode) expected.at("/root/inputDefinitions/parameters/param1")).put("isOptional", true);
    ((ObjectNode) expected.at("/components/comp-echo/inputDefinitions/parameters/param1")).put("isOptional", true)
        .put("defaultValue", "hello");
    assertSameSpec(expected, compiled);
  }

  @Test
  void containerWithPlaceholderInFstring() throws Exception {
    assertCompilesTo("container_with_placeholder_in_fstring.yaml", """
        name: container_with_placeholder_in_fstring
        inputs:
        - {name: text1, type: String, default: text!}
        outputs:
        - {name: output_artifact, type: Artifact}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command:
            - my_program
            - "prefix-{{$.inputs.parameters['text1']}}"
            - "{{$.outputs.artifacts['output_artifact'].uri}}/0"
        """);
  }
}
