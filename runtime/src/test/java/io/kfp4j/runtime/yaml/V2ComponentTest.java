package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.ResolutionException;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.V2Native;
import io.kfp4j.runtime.spec.V2Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KFP v2 component files (an IR with one component) load into the v1 model, keeping what a v2 compiler copies. */
class V2ComponentTest {
  static final Path CORPUS = Path.of("src/test/resources/v2-components");

  static Stream<Path> corpus() throws IOException {
    return Files.list(CORPUS).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  private static ComponentSpec load(String file) {
    return ComponentLoader.standard().strict().fromFile(CORPUS.resolve(file)).spec();
  }

  private static ContainerSpec container(ComponentSpec spec) {
    return spec.container().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileLoadsStrictlyAndKeepsItsComponentAndExecutorAsPublished(Path file) throws IOException {
    ComponentSpec spec = ComponentLoader.standard().strict().fromFile(file).spec();
    V2Native v2 = spec.v2Native().orElseThrow();
    JsonNode whole = new JsonMapper().valueToTree(new org.yaml.snakeyaml.Yaml().load(Files.readString(file)));
    assertEquals(whole.path("components").path(v2.componentKey()), v2.component());
    assertEquals(whole.path("deploymentSpec").path("executors").path(v2.executorLabel()), v2.executor());
    assertEquals(whole.path("pipelineInfo").path("name").asText(), spec.name());
    assertEquals("2.1.0", v2.schemaVersion());
  }

  @Test
  void pythonFunctionComponentMapsItsParameterTypesAndKeepsExecutorInputAsV2Only() {
    ComponentSpec spec = load("py_add_numbers.yaml");
    assertEquals("add-numbers", spec.name());
    assertEquals(List.of(InputSpec.of("a", "Integer"), InputSpec.of("b", "Integer")), spec.inputs());
    assertEquals(List.of(OutputSpec.of("Output", "Integer")), spec.outputs());
    assertEquals("python:3.11", container(spec).image());
    assertEquals(List.of(new Arg.Literal("--executor_input"), new Arg.Literal("{{$}}"),
        new Arg.Literal("--function_to_execute"), new Arg.Literal("add_numbers")), container(spec).args());
    List<V2Usage> v2 = V2Usage.find(spec);
    assertEquals(1, v2.size(), v2.toString());
    assertEquals("{{$}}", v2.get(0).placeholder());
    assertEquals("deploymentSpec.executors.exec-add-numbers.container.args[1]", v2.get(0).path());
    V2Native nativePart = spec.v2Native().orElseThrow();
    assertEquals("comp-add-numbers", nativePart.componentKey());
    assertEquals("exec-add-numbers", nativePart.executorLabel());
    assertEquals("kfp-2.14.6", nativePart.sdkVersion());
  }

  @Test
  void structListAndArtifactsMapWithDescriptions() {
    assertEquals("JsonObject", load("py_dict_input.yaml").inputs().get(0).typeName().orElseThrow());
    assertEquals("JsonArray", load("py_sum_list.yaml").inputs().get(0).typeName().orElseThrow());
    ComponentSpec joiner = load("py_dataset_joiner.yaml");
    assertEquals(List.of("dataset_a", "dataset_b"), joiner.inputs().stream().map(InputSpec::name).toList());
    assertEquals("system.Dataset", joiner.inputs().get(0).typeName().orElseThrow());
    assertEquals("First dataset.", joiner.inputs().get(0).description());
    assertEquals(List.of("Output", "out_dataset"), joiner.outputs().stream().map(OutputSpec::name).toList());
    assertEquals("The concatenated string.", joiner.outputs().get(0).description());
    assertEquals("system.Dataset", joiner.outputs().get(1).typeName().orElseThrow());
    assertEquals(List.of("dataset_a", "dataset_b"), List.copyOf(joiner.v2Native().orElseThrow().artifactInputs()));
  }

  @Test
  void containerPlaceholdersBecomeV1Placeholders() {
    ComponentSpec io = load("container_io.yaml");
    assertEquals(List.of(new Arg.Literal("my_program"), new Arg.InputValue("text")), container(io).command());
    assertEquals(List.of(new Arg.Literal("--output_path"), new Arg.OutputPath("output_path")), container(io).args());
    ComponentSpec write = load("write_text.yaml");
    assertEquals(new Arg.OutputPath("output_gcs"), container(write).args().get(1));
    ContainerSpec cat = container(load("cat_artifact.yaml"));
    assertEquals(List.of(new Arg.Literal("cat"), new Arg.InputPath("input_gcs")),
        java.util.stream.Stream.concat(cat.command().stream(), cat.args().stream()).toList());
    ComponentSpec fstring = load("fstring.yaml");
    assertEquals(new Arg.Concat(List.of(new Arg.Literal("prefix-"), new Arg.InputValue("text1"))),
        container(fstring).command().get(1));
    assertEquals(Map.of("ENV1", "val0", "ENV2", "val2", "ENV3", "val3"), container(load("print_env.yaml")).env());
  }

  @Test
  void concatAndIfPresentJsonFormsBecomeConcatAndIf() {
    ComponentSpec concat = load("concat_busybox.yaml");
    assertEquals(new Arg.Concat(List.of(new Arg.InputValue("input_one"), new Arg.Literal("+"),
        new Arg.InputValue("input_two"), new Arg.Literal("=three"))), container(concat).args().get(1));
    ComponentSpec optional = load("optional_inputs.yaml");
    assertEquals(new Arg.If(new Arg.IsPresent("optional_input_2"),
        Arg.Branch.of(new Arg.Literal("--arg2"), new Arg.InputValue("optional_input_2")),
        Arg.Branch.of(new Arg.Literal("--arg2"), new Arg.Literal("default value"))), container(optional).args().get(3));
    assertTrue(V2Usage.find(optional).isEmpty());
    ResolvedCommandLine line = CommandLineResolver.resolve(optional, arguments("required_input", "r",
        "optional_input_1", "one"));
    assertEquals(List.of("echo"), line.command());
    assertEquals(List.of("--arg0", "r", "--arg1", "one", "--arg2", "default value"), line.args());
  }

  @Test
  void uriPlaceholdersStayV2OnlyAndTheResolverRefusesThemNamingTheFileField() {
    ComponentSpec concat = load("concat_placeholder.yaml");
    List<V2Usage> v2 = V2Usage.find(concat);
    assertEquals(List.of("{{$.outputs.artifacts['text2'].uri}}"), v2.stream().map(V2Usage::placeholder).toList());
    assertEquals("deploymentSpec.executors.exec-container-with-concat-placeholder.container.command[1].concat[2]",
        v2.get(0).path());
    ResolutionException e = org.junit.jupiter.api.Assertions.assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(concat, arguments("text1", "x")));
    assertTrue(e.getMessage().contains("container-with-concat-placeholder"), e.getMessage());
    assertTrue(e.getMessage().contains("{{$.outputs.artifacts['text2'].uri}}"), e.getMessage());
    assertTrue(e.getMessage().contains("compile the pipeline for KFP v2"), e.getMessage());
  }

  @Test
  void defaultsAndOptionalInputsAreRead() {
    ComponentSpec spec = load("if_placeholder.yaml");
    InputSpec input = spec.inputs().get(0);
    assertEquals(new Scalar.Text("default"), input.defaultValue());
    assertTrue(input.optional());
    ComponentSpec typed = ComponentLoader.standard().fromText(V2Texts.component(
        "        n: {parameterType: NUMBER_INTEGER, defaultValue: 3.0, isOptional: true}\n"
            + "        x: {parameterType: NUMBER_DOUBLE, defaultValue: 1}\n"
            + "        b: {parameterType: BOOLEAN, defaultValue: true}\n"
            + "        s: {parameterType: STRUCT, defaultValue: {b: 1, a: [x]}}\n",
        "[echo, \"{{$.inputs.parameters['n']}}\"]")).spec();
    assertEquals(new Scalar.Int(3), typed.input("n").orElseThrow().defaultValue());
    assertEquals(new Scalar.Real(1.0), typed.input("x").orElseThrow().defaultValue());
    assertEquals(new Scalar.Bool(true), typed.input("b").orElseThrow().defaultValue());
    assertEquals(new Scalar.Text("{\"a\": [\"x\"], \"b\": 1}"), typed.input("s").orElseThrow().defaultValue());
    assertEquals("Float", typed.input("x").orElseThrow().typeName().orElseThrow());
    assertEquals("Boolean", typed.input("b").orElseThrow().typeName().orElseThrow());
  }

  @Test
  void theDocstringSummaryIsTheDescription() {
    ComponentSpec spec = ComponentLoader.standard().strict().fromText(V2Texts.component(
        "        n: {parameterType: STRING, description: The text.}\n", "[x]").replace("  name: c\n",
        "  name: c\n  description: Prints the text.\n  displayName: C\n")).spec();
    assertEquals("Prints the text.", spec.description());
    assertEquals("The text.", spec.inputs().get(0).description());
  }

  @Test
  void aV1SpecStillLoadsAsV1() {
    ComponentSpec spec = ComponentLoader.standard().fromText("name: Echo\nimplementation:\n  container:\n"
        + "    image: alpine\n    command: [echo, hi]\n").spec();
    assertFalse(spec.v2Native().isPresent());
  }

  @Test
  void theNativeTreesAreCopiesAndTheLabelCanBeRenamedForAPipeline() {
    V2Native v2 = load("container_io.yaml").v2Native().orElseThrow();
    v2.component().put("executorLabel", "changed");
    assertEquals("exec-container-io", v2.component().get("executorLabel").asText());
    JsonNode renamed = v2.componentWithExecutorLabel("exec-container-io-2");
    assertEquals("exec-container-io-2", renamed.get("executorLabel").asText());
    assertEquals(List.of("executorLabel", "inputDefinitions", "outputDefinitions"),
        iterable(renamed.fieldNames()));
    assertEquals("registry.access.redhat.com/ubi9/python-311:latest", v2.image());
    assertEquals(v2.executor().get("container"), v2.container());
    assertEquals(new JsonMapper().createObjectNode().put("a", 1), new JsonMapper().createObjectNode().put("a", 1));
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  private static Map<String, String> arguments(String... pairs) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
