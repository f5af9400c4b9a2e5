package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import org.junit.jupiter.api.Test;

/** Broken KFP v2 component files are refused with the place (line:column, field) and the fix. */
class V2BadInputTest {
  private static final String GOOD = V2Texts.component("        n: {parameterType: NUMBER_INTEGER}\n",
      "[\"echo {{$.inputs.parameters['n']}}\"]");

  private static String problem(String text) {
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> ComponentLoader.standard().strict().fromText(text));
    return e.getMessage();
  }

  private static void contains(String message, String expected) {
    assertTrue(message.contains(expected), message);
  }

  @Test
  void theTemplateLoads() {
    ComponentLoader.standard().strict().fromText(GOOD);
  }

  @Test
  void wrongSchemaVersion() {
    String message = problem(GOOD.replace("schemaVersion: 2.1.0", "schemaVersion: 3.0.0"));
    contains(message, "<text>:22:16: schemaVersion: schemaVersion \"3.0.0\" is not a KFP v2 pipeline spec version"
        + " kfp4j reads (2.1.0, 2.0.0); recompile the component with KFP 2, which writes 2.1.0");
  }

  @Test
  void missingSchemaVersion() {
    contains(problem(GOOD.replace("schemaVersion: 2.1.0\n", "")), "<text>:1:1: schemaVersion: a KFP v2 component"
        + " file needs \"schemaVersion\"; add schemaVersion: 2.1.0");
  }

  @Test
  void noExecutorLabel() {
    String message = problem(GOOD.replace("    executorLabel: exec-c\n", ""));
    contains(message, "<text>:3:5: components.comp-c.executorLabel: the component names no executor; add"
        + " executorLabel naming its entry in deploymentSpec.executors (KFP writes exec-NAME for comp-NAME)");
  }

  @Test
  void noDeploymentSpec() {
    String text = GOOD.substring(0, GOOD.indexOf("deploymentSpec:")) + GOOD.substring(GOOD.indexOf("pipelineInfo:"));
    contains(problem(text), "deploymentSpec: a KFP v2 component file needs deploymentSpec.executors with the"
        + " component's executor \"exec-c\"");
  }

  @Test
  void anExecutorLabelThatNamesNothing() {
    String message = problem(GOOD.replace("executorLabel: exec-c", "executorLabel: exec-other"));
    contains(message, "<text>:3:20: components.comp-c.executorLabel: executorLabel \"exec-other\" names no executor in"
        + " deploymentSpec.executors (it has: exec-c); name one of them, or add \"exec-other\" with the container"
        + " that runs the component");
  }

  @Test
  void twoComponentsWithoutARootDag() {
    String text = GOOD.substring(0, GOOD.indexOf("root:")) + "schemaVersion: 2.1.0\n";
    text = text.replace("components:\n", "components:\n  comp-d:\n    executorLabel: exec-c\n");
    contains(problem(text), "<text>:2:3: components: the file has 2 components (comp-d, comp-c) and no root DAG to"
        + " say which is the component; add root.dag with one task whose componentRef.name names it, or keep only"
        + " that component");
  }

  @Test
  void oneComponentWithoutARootDagLoads() {
    String text = GOOD.substring(0, GOOD.indexOf("root:")) + "schemaVersion: 2.1.0\n";
    assertTrue(ComponentLoader.standard().fromText(text).spec().v2Native().isPresent());
  }

  @Test
  void aPipelineIsNotAComponent() {
    String text = GOOD.replace("      c:\n        componentRef: {name: comp-c}\n",
        "      c:\n        componentRef: {name: comp-c}\n      d:\n        componentRef: {name: comp-c}\n");
    contains(problem(text), "root.dag.tasks: the root DAG has 2 tasks (c, d), so this is a pipeline, not a component;"
        + " a KFP v2 component file's root DAG has one task running the component");
  }

  @Test
  void unknownParameterType() {
    String message = problem(GOOD.replace("parameterType: NUMBER_INTEGER", "parameterType: NUMBER_LONG"));
    contains(message, "<text>:6:28: components.comp-c.inputDefinitions.parameters.n.parameterType: unknown"
        + " parameterType \"NUMBER_LONG\"; kfp4j reads STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN, STRUCT, LIST");
  }

  @Test
  void unknownKeysAreRefusedWithTheKeysThatExist() {
    String message = problem(GOOD.replace("        image: alpine\n", "        image: alpine\n        imag: x\n"));
    contains(message, "deploymentSpec.executors.exec-c.container.imag: unknown key \"imag\" in a container; expected"
        + " one of: args, command, env, image, lifecycle, resources");
  }

  @Test
  void aPlaceholderNamingAnUndeclaredInput() {
    String message = problem(V2Texts.component("        n: {parameterType: STRING}\n",
        "[\"{{$.inputs.parameters['m']}}\"]"));
    contains(message, "deploymentSpec.executors.exec-c.container.args[0]: {{$.inputs.parameters['m']}} names input"
        + " parameter \"m\", which the component does not declare; its input parameters are: n");
  }

  @Test
  void aParameterPlaceholderOnAnArtifact() {
    String text = V2Texts.component("        n: {parameterType: STRING}\n", "[\"{{$.inputs.parameters['d']}}\"]")
        .replace("      parameters:\n", "      artifacts:\n        d: {artifactType: {schemaTitle: system.Dataset,"
            + " schemaVersion: 0.0.1}}\n      parameters:\n");
    contains(problem(text), "\"d\" is an input artifact, so write {{$.inputs.artifacts['d'].path}}");
  }

  @Test
  void aBadDefault() {
    contains(problem(V2Texts.component("        n: {parameterType: NUMBER_INTEGER, defaultValue: ten}\n", "[x]")),
        "components.comp-c.inputDefinitions.parameters.n.defaultValue: the default the string 'ten' does not fit"
            + " the parameter's type (Integer); give a value of that type");
    contains(problem(V2Texts.component("        n: {parameterType: NUMBER_INTEGER, defaultValue: 1.5}\n", "[x]")),
        "the default the number '1.5' does not fit the parameter's type (Integer)");
  }

  @Test
  void anImporterIsNotAContainer() {
    String text = GOOD.replace("      container:\n        image: alpine\n        command: [sh, -c]\n        args:"
        + " [\"echo {{$.inputs.parameters['n']}}\"]\n", "      importer:\n        artifactUri: {constant: gs://x}\n");
    contains(problem(text), "deploymentSpec.executors.exec-c: a importer executor is not a container, and kfp4j loads"
        + " only container components");
  }

  @Test
  void aSecondDocument() {
    contains(problem(GOOD + "---\nplatforms:\n  kubernetes: {}\n"), "<text>:24:1: a second YAML document starts"
        + " here; a component file is one document");
  }

  @Test
  void aBrokenConcat() {
    contains(problem(V2Texts.component("        n: {parameterType: STRING}\n", "['{\"Concat\": [\"a\",]}']")),
        "looks like a KFP v2 Concat placeholder but is not valid JSON");
  }

  @Test
  void anIfPresentOnAnUnknownInput() {
    contains(problem(V2Texts.component("        n: {parameterType: STRING}\n",
        "['{\"IfPresent\": {\"InputName\": \"z\", \"Then\": [\"x\"]}}']")),
        "IfPresent names input \"z\", which the component does not have; its inputs are: n");
  }
}
