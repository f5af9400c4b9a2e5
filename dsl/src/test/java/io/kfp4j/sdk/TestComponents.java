package io.kfp4j.sdk;

/** Small components for DSL tests, as YAML. */
final class TestComponents {
  private TestComponents() {}

  static final String ADD = """
      name: Add
      inputs:
      - {name: a, type: Float}
      - {name: b, type: Float}
      outputs:
      - {name: Output, type: Float}
      implementation:
        container:
          image: python:3.7
          command: [python3, -c, 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))']
          args: [{inputValue: a}, {inputValue: b}, {outputPath: Output}]
      """;

  static final String PRINT = """
      name: Print msg
      inputs:
      - {name: msg}
      implementation:
        container:
          image: alpine
          command: [echo, {inputValue: msg}]
      """;

  static final String FLIP = """
      name: Flip coin
      outputs:
      - {name: Output, type: String}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo heads > $0', {outputPath: Output}]
      """;

  static final String WRITE = """
      name: Write file
      inputs:
      - {name: text, type: String}
      outputs:
      - {name: data, type: Data}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo "$0" > "$1"', {inputValue: text}, {outputPath: data}]
      """;

  static final String READ_CSV = """
      name: Read csv
      inputs:
      - {name: data, type: CSV}
      implementation:
        container:
          image: alpine
          command: [cat, {inputPath: data}]
      """;

  static ComponentDefinition add() {
    return ComponentDefinition.fromText(ADD);
  }

  static ComponentDefinition print() {
    return ComponentDefinition.fromText(PRINT);
  }

  static ComponentDefinition flip() {
    return ComponentDefinition.fromText(FLIP);
  }
}
