package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.Goldens.assertSameSpec;
import static io.kfp4j.sdk.v2.Goldens.compiled;
import static io.kfp4j.sdk.v2.Goldens.golden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's goldens whose components are v1 YAML (or container components written as the same v1 YAML), rewritten with
 * kfp4j's Java API and compiled: equal to KFP 2's own output as data, apart from {@code sdkVersion}.
 */
class GoldenPipelinesTest {

  @Test
  void pipelineWithAfter() {
    ComponentDefinition print = ComponentDefinition.fromText("""
        name: Print Text
        inputs:
        - {name: text, type: String}
        implementation:
          container:
            image: alpine
            command:
            - sh
            - -c
            - |
              set -e -x
              echo "$0"
            - {inputValue: text}
        """);
    PipelineGraph graph = Pipelines.builder("pipeline-with-after").build(p -> {
      ComponentTask task1 = print.task(Map.of("text", Value.of("1st task")));
      ComponentTask task2 = print.task(Map.of("text", Value.of("2nd task"))).after(task1);
      print.task(Map.of("text", Value.of("3rd task"))).after(task1, task2);
    });
    assertSameSpec(golden("essential/pipeline_with_after.yaml"), compiled(graph));
  }

  @Test
  void producerConsumerParam() {
    ComponentDefinition producer = ComponentDefinition.fromText("""
        name: Producer
        inputs:
        - {name: input_text, type: String, description: 'Represents an input parameter.'}
        outputs:
        - {name: output_value, type: String, description: 'Represents an output paramter.'}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command:
            - sh
            - -c
            - |
              set -e -x
              mkdir -p "$(dirname "$1")"
              echo "$0, this is an output parameter" > "$1"
            - {inputValue: input_text}
            - {outputPath: output_value}
        """);
    ComponentDefinition consumer = ComponentDefinition.fromText("""
        name: Consumer
        inputs:
        - {name: input_value, type: String, description: 'Represents an input parameter. It connects to an upstream output parameter.'}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command:
            - sh
            - -c
            - |
              set -e -x
              echo "Read from an input parameter: " && echo "$0"
            - {inputValue: input_value}
        """);
    PipelineGraph graph = Pipelines.builder("producer-consumer-param-pipeline").build(p -> {
      Param<String> text = p.param("text", String.class, "Hello world");
      ComponentTask produced = producer.task(Map.of("input_text", text));
      consumer.task(Map.of("input_value", produced.outputNamed("output_value")));
    });
    assertSameSpec(golden("critical/producer_consumer_param_pipeline.yaml"), compiled(graph));
  }

  @Test
  void pipelineWithConcatPlaceholder() {
    ComponentDefinition component = ComponentDefinition.fromText("""
        name: Component with concat placeholder
        inputs:
        - {name: input_one, type: String}
        - {name: input_two, type: String}
        implementation:
          container:
            image: ghcr.io/containerd/busybox
            command:
            - sh
            - -ec
            args:
            - echo "$0" > /tmp/test && [[ "$0" == 'one+two=three' ]]
            - concat: [{inputValue: input_one}, '+', {inputValue: input_two}, '=three']
        """);
    PipelineGraph graph = Pipelines.builder("one-step-pipeline-with-concat-placeholder").build(p ->
        component.task(Map.of("input_one", Value.of("one"), "input_two", Value.of("two"))));
    assertSameSpec(golden("pipeline_with_concat_placeholder.yaml"), compiled(graph));
  }

  @Test
  void twoStepPipelineWithUris() {
    ComponentDefinition write = ComponentDefinition.fromText("""
        name: Write to GCS
        inputs:
        - {name: text, type: String, description: 'Content to be written to GCS'}
        outputs:
        - {name: output_gcs_path, type: GCSPath, description: 'GCS file path'}
        implementation:
          container:
            image: google/cloud-sdk:slim
            command:
            - sh
            - -c
            - |
              set -e -x
              echo "$0" | gsutil cp - "$1"
            - {inputValue: text}
            - {outputUri: output_gcs_path}
        """);
    ComponentDefinition read = ComponentDefinition.fromText("""
        name: Read from GCS
        inputs:
        - {name: input_gcs_path, type: GCSPath, description: 'GCS file path'}
        implementation:
          container:
            image: google/cloud-sdk:slim
            command:
            - sh
            - -c
            - |
              set -e -x
              gsutil cat "$0"
            - {inputUri: input_gcs_path}
        """);
    PipelineGraph graph = Pipelines.builder("simple-two-step-pipeline").build(p -> {
      Param<String> text = p.param("text", String.class, "Hello KFP!");
      ComponentTask first = write.task(Map.of("text", text)).displayName("Producer");
      read.task(Map.of("input_gcs_path", first.outputNamed("output_gcs_path"))).displayName("Consumer");
    });
    assertSameSpec(golden("two_step_pipeline.yaml"), compiled(graph));
  }

  @Test
  void nestedConditions() {
    ComponentDefinition flip = ComponentDefinition.fromText("""
        name: Flip coin
        outputs:
        - {name: output, type: String}
        implementation:
          container:
            image: python:alpine3.9
            command:
            - sh
            - -c
            args:
            - mkdir -p "$(dirname $0)" && python -c "import random; result = 'heads' if random.randint(0,1) == 0 else 'tails'; print(result, end='')" | tee $0
            - {outputPath: output}
        """);
    ComponentDefinition print = ComponentDefinition.fromText("""
        name: Print
        inputs:
        - {name: msg, type: String}
        implementation:
          container:
            image: python:alpine3.9
            command:
            - echo
            - {inputValue: msg}
        """);
    PipelineGraph graph = Pipelines.builder("conditional-execution-pipeline")
        .description("Shows how to use dsl.Condition().").build(p -> {
          ComponentTask flipped = flip.task(Map.of());
          for (String[] side : new String[][] {{"heads", "0", "9", "5"}, {"tails", "10", "19", "15"}}) {
            Condition.when(flipped.<String>output().eq(side[0]), () -> {
              ComponentTask random = randomNumber(side[1], side[2]).task(Map.of());
              long bound = Long.parseLong(side[3]);
              Condition.when(random.<Long>output().gt(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s > " + bound + "!", random.output()))));
              Condition.when(random.<Long>output().le(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s <= " + bound + "!", random.output()))));
            });
          }
        });
    ObjectNode expected = golden("essential/pipeline_with_nested_conditions_yaml.yaml");
    // the one difference: kfp4j pipelines have no display name apart from their name
    ((ObjectNode) expected.get("pipelineInfo")).remove("displayName");
    assertSameSpec(expected, compiled(graph));
  }

  private static ComponentDefinition randomNumber(String low, String high) {
    return ComponentDefinition.fromText("""
        name: Generate random number
        outputs:
        - {name: output, type: Integer}
        implementation:
          container:
            image: python:alpine3.9
            command:
            - sh
            - -c
            args:
            - mkdir -p "$(dirname $2)" && python -c "import random; print(random.randint($0, $1), end='')" | tee $2
            - "%s"
            - "%s"
            - {outputPath: output}
        """.formatted(low, high));
  }

  @Test
  void sequentialContainerComponents() {
    ComponentDefinition echo = ComponentDefinition.fromText("""
        name: echo
        inputs:
        - {name: message, type: String}
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [sh, -c]
            args: ["echo {{$.inputs.parameters['message']}}"]
        """);
    PipelineGraph graph = Pipelines.builder("sequential").build(p -> {
      echo.task(Map.of("message", p.param("param1", String.class)));
      echo.task(Map.of("message", p.param("param2", String.class)));
    });
    assertSameSpec(golden("sequential_v1.yaml"), compiled(graph));
  }

  @Test
  void containerizedTwoStepPipelineWithArtifacts() {
    ComponentDefinition component1 = ComponentDefinition.fromText("""
        name: component1
        inputs:
        - {name: text, type: String}
        outputs:
        - {name: output_gcs, type: Dataset}
        implementation:
          container:
            image: alpine
            command: [sh, -c, 'mkdir --parents $(dirname "$1") && echo "$0" > "$1"']
            args: [{inputValue: text}, {outputPath: output_gcs}]
        """);
    ComponentDefinition component2 = ComponentDefinition.fromText("""
        name: component2
        inputs:
        - {name: input_gcs, type: Dataset}
        implementation:
          container:
            image: alpine
            command: [cat]
            args: [{inputPath: input_gcs}]
        """);
    PipelineGraph graph = Pipelines.builder("containerized-two-step-pipeline").build(p -> {
      ComponentTask first = component1.task(Map.of("text", p.param("text", String.class, "Hello KFP Containerized!")));
      component2.task(Map.of("input_gcs", first.outputNamed("output_gcs")));
    });
    ObjectNode expected = golden("critical/two_step_pipeline_containerized.yaml");
    // KFP compiled it with pipeline_parameters={'text': ...}, a default for a parameter declared without one, which
    // KFP then writes without isOptional; a kfp4j parameter with a default is optional, as KFP writes a Python default
    ((ObjectNode) expected.at("/root/inputDefinitions/parameters/text")).put("isOptional", true);
    assertSameSpec(expected, compiled(graph));
  }

  @Test
  void pipelineWithVariousIoTypes() {
    ComponentDefinition upstream = ComponentDefinition.fromText("""
        name: upstream
        inputs:
        - {name: input_1, type: String}
        - {name: input_2, type: Float}
        - {name: input_3, type: Artifact}
        - {name: input_4, type: String}
        outputs:
        - {name: output_1, type: Integer}
        - {name: output_2, type: Model}
        - {name: output_3}
        - {name: output_4, type: Model}
        - {name: output_5, type: Datasets}
        - {name: output_6, type: Some arbitrary type}
        - {name: output_7, type: {GcsPath: {data_type: TSV}}}
        - {name: output_8, type: HTML}
        - {name: output_9, type: google.BQMLModel}
        implementation:
          container:
            image: gcr.io/image
            args:
            - {inputValue: input_1}
            - {inputValue: input_2}
            - {inputPath: input_3}
            - {inputValue: input_4}
            - {outputPath: output_1}
            - {outputUri: output_2}
            - {outputPath: output_3}
            - {outputUri: output_4}
            - {outputUri: output_5}
            - {outputPath: output_6}
            - {outputPath: output_7}
            - {outputPath: output_8}
        """);
    ComponentDefinition downstream = ComponentDefinition.fromText("""
        name: downstream
        inputs:
        - {name: input_a, type: Integer}
        - {name: input_b, type: Model}
        - {name: input_c}
        - {name: input_d, type: Model}
        - {name: input_e, type: Datasets}
        - {name: input_f, type: Some arbitrary type}
        - {name: input_g, type: {GcsPath: {data_type: TSV}}}
        - {name: input_h, type: HTML}
        - {name: input_i, type: google.BQMLModel}
        implementation:
          container:
            image: gcr.io/image
            args:
            - {inputValue: input_a}
            - {inputUri: input_b}
            - {inputPath: input_c}
            - {inputUri: input_d}
            - {inputUri: input_e}
            - {inputPath: input_f}
            - {inputPath: input_g}
            - {inputPath: input_h}
        """);
    PipelineGraph graph = Pipelines.builder("pipeline-with-various-types").build(p -> {
      ComponentTask first = upstream.task(Map.of("input_1", p.param("input1", String.class),
          "input_2", Value.of(3.1415926), "input_3", p.param("input3", ArtifactParam.class),
          "input_4", p.param("input4", String.class, "")));
      Map<String, io.kfp4j.sdk.Source<?>> arguments = new java.util.LinkedHashMap<>();
      for (String letter : "abcdefghi".split("")) {
        arguments.put("input_" + letter, first.outputNamed("output_" + ("abcdefghi".indexOf(letter) + 1)));
      }
      downstream.task(arguments);
    });
    assertSameSpec(golden("pipeline_with_various_io_types.yaml"), compiled(graph));
  }

  @Test
  void longRunning() {
    ComponentDefinition wait = ComponentDefinition.fromText("""
        name: wait_op
        implementation:
          container:
            image: alpine:latest
            command: [sh, -c]
            args: ['echo step-1 sleeping for 5m; sleep 300; echo done1']
        """);
    PipelineGraph graph = Pipelines.builder("wait-awhile").build(p -> {
      ComponentTask task1 = wait.task(Map.of());
      wait.task(Map.of()).after(task1);
    });
    assertSameSpec(golden("long-running.yaml"), compiled(graph));
  }

  @Test
  void containerComponentWithNoInputs() {
    ComponentDefinition hello = ComponentDefinition.fromText("""
        name: hello_world_container
        implementation:
          container:
            image: registry.access.redhat.com/ubi9/python-311:latest
            command: [echo, hello world]
        """);
    PipelineGraph graph = Pipelines.builder("v2-container-component-no-input").build(p -> hello.task(Map.of()));
    assertSameSpec(golden("critical/container_component_with_no_inputs.yaml"), compiled(graph));
  }

  @Test
  void sequentialWithOutputParameter() {
    ComponentDefinition download = ComponentDefinition.fromText("""
        name: download
        inputs:
        - {name: url, type: String}
        outputs:
        - {name: downloaded, type: String}
        implementation:
          container:
            image: google/cloud-sdk
            command: [sh, -c]
            args: ["gsutil cp {{$.inputs.parameters['url']}} {{$.outputs.parameters['downloaded'].output_file}}"]
        """);
    ComponentDefinition echo = ComponentDefinition.fromText("""
        name: echo
        inputs:
        - {name: downloaded, type: String}
        implementation:
          container:
            image: library/bash
            command: [sh, -c]
            args: ["echo {{$.inputs.parameters['downloaded']}}"]
        """);
    PipelineGraph graph = Pipelines.builder("sequential").build(p -> echo.task(Map.of("downloaded",
        download.task(Map.of("url", p.param("url", String.class))).outputNamed("downloaded"))));
    assertSameSpec(golden("sequential_v2.yaml"), compiled(graph));
  }

  @Test
  void ifPlaceholderWithOptionalInputsLeftOut() {
    ComponentDefinition component = ComponentDefinition.fromText("""
        name: Component with optional inputs
        inputs:
        - {name: required_input, type: String, optional: false}
        - {name: optional_input_1, type: String, optional: true}
        - {name: optional_input_2, type: String, optional: true}
        implementation:
          container:
            image: ghcr.io/containerd/busybox
            command:
            - echo
            args:
            - --arg0
            - {inputValue: required_input}
            - if:
                cond:
                  isPresent: optional_input_1
                then:
                  - --arg1
                  - {inputValue: optional_input_1}
            - if:
                cond:
                  isPresent: optional_input_2
                then:
                  - --arg2
                  - {inputValue: optional_input_2}
                else:
                  - --arg2
                  - 'default value'
        """);
    PipelineGraph graph = Pipelines.builder("one-step-pipeline-with-if-placeholder-supply-none").build(p ->
        component.task(Map.of("required_input", p.param("input0", String.class, "input0"))));
    assertSameSpec(golden("essential/placeholder_with_if_placeholder_none_input_value.yaml"), compiled(graph));
  }
}
