package io.kfp4j.runtime.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A use of something only KFP v2 understands in a container's command line: a v2-only placeholder
 * ({@link Arg.V2Only}) or a v2 template such as {@code {{$.inputs.parameters['x']}}} in a literal. Such a
 * component loads, but the v1 toolchain cannot run it.
 *
 * @param placeholder the placeholder key ({@code executorInput}) or the template text
 * @param path the field path of the command-line item, e.g. {@code implementation.container.args[3]}; in a KFP v2
 *     component file, where it is in that file ({@code deploymentSpec.executors.exec-x.container.args[3]})
 */
public record V2Usage(String placeholder, String path) {
  private static final String TEMPLATE_START = "{{$";
  private static final int MAX_TEMPLATE = 60;

  /** The message for using the component in the v1 toolchain. */
  public String unsupportedMessage() {
    return unsupported(placeholder);
  }

  /** The message for using a v2-only placeholder (its key or template text) in the v1 toolchain. */
  public static String unsupported(String placeholder) {
    return "v2-only placeholder " + placeholder + " is not supported by the v1 toolchain";
  }

  /**
   * Every v2-only use in the command and args of the component, inside {@code concat} and {@code if} too, and in
   * components written inline in its graph.
   */
  public static List<V2Usage> find(ComponentSpec spec) {
    List<V2Usage> found = new ArrayList<>();
    scan(spec, "", found);
    if (spec.v2Native().isPresent()) {
      V2Native v2 = spec.v2Native().get();
      return found.stream().map(u -> new V2Usage(u.placeholder(), v2.filePath(u.path()))).toList();
    }
    return List.copyOf(found);
  }

  /**
   * The fix for a v2-only use, for messages of the v1 toolchain: a KFP v2 component file's component is compiled
   * for KFP v2; a v1 spec's placeholder is replaced.
   */
  public static String fix(ComponentSpec spec) {
    return spec.v2Native().isPresent()
        ? "this KFP v2 component runs only on KFP v2: compile the pipeline for KFP v2"
            + " (io.kfp4j.sdk.v2.PipelineSpecCompiler), or use a container component whose command uses only"
            + " {{$.inputs.parameters[...]}}, {{$.inputs.artifacts[...].path}} and output paths"
        : "use a v1 placeholder (inputValue, inputPath or outputPath) or compile with KFP v2";
  }

  private static void scan(ComponentSpec spec, String prefix, List<V2Usage> found) {
    if (spec.implementation() instanceof Implementation.Container c) {
      ContainerSpec container = c.container();
      scan(container.command(), prefix + "implementation.container.command", found);
      scan(container.args(), prefix + "implementation.container.args", found);
    } else if (spec.implementation() instanceof Implementation.Graph g) {
      for (Map.Entry<String, TaskSpec> task : g.graph().tasks().entrySet()) {
        var ref = task.getValue().componentRef();
        if (ref != null && ref.spec() != null) {
          scan(ref.spec(), prefix + "implementation.graph.tasks." + task.getKey() + ".componentRef.spec.", found);
        }
      }
    }
  }

  private static void scan(List<Arg> args, String path, List<V2Usage> found) {
    for (int i = 0; i < args.size(); i++) {
      scan(args.get(i), path + "[" + i + "]", found);
    }
  }

  private static void scan(Arg arg, String path, List<V2Usage> found) {
    if (arg instanceof Arg.V2Only v2) {
      found.add(new V2Usage(v2.key(), path));
    } else if (arg instanceof Arg.Literal literal) {
      templates(literal.value()).forEach(t -> found.add(new V2Usage(t, path)));
    } else if (arg instanceof Arg.Concat concat) {
      scan(concat.items(), path + ".concat", found);
    } else if (arg instanceof Arg.If choice) {
      scan(choice.condition(), path + ".if.cond", found);
      branch(choice.then(), path + ".if.then", found);
      branch(choice.otherwise(), path + ".if.else", found);
    }
  }

  private static void branch(Arg.Branch branch, String path, List<V2Usage> found) {
    if (branch == null) {
      return;
    }
    if (branch.asList()) {
      scan(branch.items(), path, found);
    } else {
      scan(branch.items().get(0), path, found);
    }
  }

  /**
   * The v2 templates in a literal, each from the opening brace pair with a dollar to the closing pair (its first
   * line, at most 60 characters).
   */
  public static List<String> templates(String text) {
    List<String> templates = new ArrayList<>();
    if (text == null) {
      return templates;
    }
    for (int start = text.indexOf(TEMPLATE_START); start >= 0; start = text.indexOf(TEMPLATE_START, start + 1)) {
      int close = text.indexOf("}}", start + TEMPLATE_START.length());
      String template = close < 0 ? text.substring(start) : text.substring(start, close + 2);
      template = template.lines().findFirst().orElse(template);
      templates.add(template.length() > MAX_TEMPLATE ? template.substring(0, MAX_TEMPLATE - 3) + "..." : template);
    }
    return templates;
  }
}
