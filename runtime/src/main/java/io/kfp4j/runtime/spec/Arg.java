package io.kfp4j.runtime.spec;

import java.util.List;

/**
 * One element of a container's {@code command} or {@code args}: a literal string or a placeholder that is
 * resolved when a task runs. Placeholders that only KFP v2 understands are {@link V2Only}: they load, and
 * using them in the v1 toolchain fails with a message that says so.
 */
public sealed interface Arg {

  /** The YAML key of this placeholder ({@code inputValue}, {@code concat}, ...), or {@code null} for literals. */
  String key();

  /** A literal string. @param value the text */
  record Literal(String value) implements Arg {
    @Override
    public String key() {
      return null;
    }

    /** True when the text holds a KFP v2 template such as {@code {{$}}} or {@code {{$.inputs.parameters['x']}}}. */
    public boolean isV2Template() {
      return value != null && value.contains("{{$");
    }
  }

  /** The value of an input, serialized as text. @param inputName the input */
  record InputValue(String inputName) implements Arg {
    @Override
    public String key() {
      return "inputValue";
    }
  }

  /** The path of a file holding an input's data. @param inputName the input */
  record InputPath(String inputName) implements Arg {
    @Override
    public String key() {
      return "inputPath";
    }
  }

  /** The path where the program writes an output. @param outputName the output */
  record OutputPath(String outputName) implements Arg {
    @Override
    public String key() {
      return "outputPath";
    }
  }

  /** The items, resolved and joined into one string. @param items the parts */
  record Concat(List<Arg> items) implements Arg {
    public Concat {
      items = Frozen.list(items);
    }

    @Override
    public String key() {
      return "concat";
    }
  }

  /** {@code "True"} when the input received an argument, else {@code "False"}. @param inputName the input */
  record IsPresent(String inputName) implements Arg {
    @Override
    public String key() {
      return "isPresent";
    }
  }

  /**
   * A choice between two branches, on a condition read with Python's {@code strtobool}.
   *
   * @param condition the condition: a literal, {@link IsPresent} or {@link InputValue}
   * @param then the branch taken when the condition is true, or {@code null}
   * @param otherwise the branch taken when it is false ({@code else} in YAML), or {@code null}
   */
  record If(Arg condition, Branch then, Branch otherwise) implements Arg {
    @Override
    public String key() {
      return "if";
    }
  }

  /**
   * The {@code then} or {@code else} of an {@link If}: one item or a list, as the file wrote it.
   *
   * @param items the items
   * @param asList whether the file wrote a list (kept so that saving writes the same shape)
   */
  record Branch(List<Arg> items, boolean asList) {
    public Branch {
      items = Frozen.list(items);
      if (!asList && items.size() != 1) {
        throw new IllegalArgumentException("a single-item branch holds exactly one item, not " + items.size());
      }
    }

    /** A branch written as a list. */
    public static Branch of(Arg... items) {
      return new Branch(List.of(items), true);
    }
  }

  /** A placeholder that only KFP v2 resolves. */
  sealed interface V2Only extends Arg {
    /** The input or output it refers to, or {@code null}. */
    String portName();

    /** The message for using it in the v1 toolchain. */
    default String unsupportedMessage() {
      return V2Usage.unsupported(key());
    }
  }

  /** v2: the URI of an input artifact. @param inputName the input */
  record InputUri(String inputName) implements V2Only {
    @Override
    public String key() {
      return "inputUri";
    }

    @Override
    public String portName() {
      return inputName;
    }
  }

  /** v2: the URI of an output artifact. @param outputName the output */
  record OutputUri(String outputName) implements V2Only {
    @Override
    public String key() {
      return "outputUri";
    }

    @Override
    public String portName() {
      return outputName;
    }
  }

  /** v2: the metadata of an input artifact. @param inputName the input */
  record InputMetadata(String inputName) implements V2Only {
    @Override
    public String key() {
      return "inputMetadata";
    }

    @Override
    public String portName() {
      return inputName;
    }
  }

  /** v2: the output port name an input is connected to. @param inputName the input */
  record InputOutputPortName(String inputName) implements V2Only {
    @Override
    public String key() {
      return "inputOutputPortName";
    }

    @Override
    public String portName() {
      return inputName;
    }
  }

  /** v2: the path of the executor's output metadata ({@code outputMetadata: null}). */
  record OutputMetadata() implements V2Only {
    @Override
    public String key() {
      return "outputMetadata";
    }

    @Override
    public String portName() {
      return null;
    }
  }

  /** v2: the whole executor input as JSON ({@code executorInput: null}). */
  record ExecutorInput() implements V2Only {
    @Override
    public String key() {
      return "executorInput";
    }

    @Override
    public String portName() {
      return null;
    }
  }
}
