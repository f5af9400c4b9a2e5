package io.kfp4j.runtime.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what only KFP v2 understands in a container's command line: v2-only placeholders and literal v2
 * templates ({@code {{$}}}). Such components load, but the v1 toolchain cannot run them.
 */
public final class V2Placeholders {
  private V2Placeholders() {}

  /** One problem per v2-only use, with its field path; empty for a v1 component. */
  public static List<SpecProblem> find(ComponentSpec spec) {
    List<SpecProblem> found = new ArrayList<>();
    spec.container().ifPresent(c -> {
      scan(c.command(), "implementation.container.command", found);
      scan(c.args(), "implementation.container.args", found);
    });
    return List.copyOf(found);
  }

  private static void scan(List<Arg> args, String path, List<SpecProblem> found) {
    for (int i = 0; i < args.size(); i++) {
      scan(args.get(i), path + "[" + i + "]", found);
    }
  }

  private static void scan(Arg arg, String path, List<SpecProblem> found) {
    if (arg instanceof Arg.V2Only v) {
      found.add(SpecProblem.at(path + "." + v.key(), v.unsupportedMessage()));
    } else if (arg instanceof Arg.Literal l && l.isV2Template()) {
      found.add(SpecProblem.at(path, "v2-only placeholder " + l.value() + " is not supported by the v1 toolchain"));
    } else if (arg instanceof Arg.Concat c) {
      scan(c.items(), path + ".concat", found);
    } else if (arg instanceof Arg.If f) {
      scan(f.condition(), path + ".if.cond", found);
      scanBranch(f.then(), path + ".if.then", found);
      scanBranch(f.otherwise(), path + ".if.else", found);
    }
  }

  private static void scanBranch(Arg.Branch branch, String path, List<SpecProblem> found) {
    if (branch != null && branch.asList()) {
      scan(branch.items(), path, found);
    } else if (branch != null) {
      scan(branch.items().get(0), path, found);
    }
  }
}
