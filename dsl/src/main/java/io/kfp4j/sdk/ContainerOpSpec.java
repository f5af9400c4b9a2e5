package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.types.TypeRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns command-line items into placeholders of a generated component, one untyped input per value read. */
final class ContainerOpSpec {
  private final String where;
  final List<InputSpec> inputs = new ArrayList<>();
  final List<OutputSpec> outputs = new ArrayList<>();
  final Map<String, Source<?>> arguments = new LinkedHashMap<>();
  final Map<String, String> inputPaths = new LinkedHashMap<>();
  private final Map<Object, String> inputBySource = new LinkedHashMap<>();
  private int files;

  ContainerOpSpec(String where) {
    this.where = where;
  }

  List<Arg> items(List<Object> items, String field) {
    List<Arg> args = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      args.add(item(items.get(i), field + "[" + i + "]"));
    }
    return args;
  }

  private Arg item(Object item, String at) {
    if (item instanceof String text) {
      return new Arg.Literal(text);
    }
    if (item instanceof Number || item instanceof Boolean) {
      return new Arg.Literal(TypeRegistry.standard().serialize(item, null));
    }
    if (item instanceof Value<?> value) {
      return new Arg.Literal(constant(value.value()));
    }
    if (item instanceof Formatted text) {
      List<Arg> parts = new ArrayList<>();
      text.parts().forEach(part -> parts.add(part instanceof Source<?> s ? item(s, at) : new Arg.Literal(part.toString())));
      return parts.size() == 1 ? parts.get(0) : new Arg.Concat(parts);
    }
    if (item instanceof Source<?> source) {
      return new Arg.InputValue(valueInput(source));
    }
    if (item instanceof InputArgumentPath file) {
      return new Arg.InputPath(file(file));
    }
    if (item instanceof ContainerOp.OutputFile file) {
      output(file.name());
      return new Arg.OutputPath(file.name());
    }
    throw new PipelineBuildException(where + at + " is " + (item == null ? "null" : "a " + item.getClass().getName())
        + "; give text, a number, a Source (Value, Param, Output, loop item, Formatted), an InputArgumentPath or"
        + " ContainerOp.outputPath(...)");
  }

  private String valueInput(Source<?> source) {
    Object key = source instanceof Output<?> o ? List.of(o.task(), o.name()) : source;
    String existing = inputBySource.get(key);
    if (existing != null) {
      return existing;
    }
    String base = "value";
    if (source instanceof Param<?> p) {
      base = p.name();
    } else if (source instanceof Output<?> o) {
      base = (o.task().taskName() == null ? o.task().component().name() : o.task().taskName()) + "-" + o.name();
    } else if (source instanceof LoopItem<?> item) {
      base = item.field() == null ? "loop-item" : "loop-item-" + item.field();
    }
    String input = unique(base);
    inputBySource.put(key, input);
    inputs.add(InputSpec.of(input, null));
    arguments.put(input, source);
    return input;
  }

  String file(InputArgumentPath file) {
    String input = file.input() != null ? file.input() : "input-" + files;
    files++;
    if (arguments.containsKey(input)) {
      throw new PipelineBuildException(where + "two inputs are named \"" + input + "\"; give each"
          + " InputArgumentPath its own name with .named(...)");
    }
    inputs.add(InputSpec.of(input, null));
    arguments.put(input, file.argument());
    inputPaths.put(input, file.path() != null ? file.path() : "/tmp/inputs/" + KfpNames.fileName(input) + "/data");
    return input;
  }

  void output(String output) {
    if (outputs.stream().anyMatch(o -> o.name().equals(output))) {
      throw new PipelineBuildException(where + "output \"" + output + "\" is declared twice; give each output"
          + " its own name");
    }
    outputs.add(OutputSpec.of(output, null));
  }

  private String unique(String base) {
    String name = base;
    for (int i = 2; arguments.containsKey(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private static String constant(Object value) {
    if (value instanceof Artifact a) {
      return a.text();
    }
    if (value instanceof TypedText t) {
      return t.text();
    }
    return value instanceof String s ? s : TypeRegistry.standard().serialize(value, null);
  }
}
