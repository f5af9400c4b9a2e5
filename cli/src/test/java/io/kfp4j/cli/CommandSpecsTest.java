package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.cli.spec.CommandSpecs;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

/**
 * The command model built from the class files ({@link CommandSpecs}, what {@code kfp4j} runs) equals the one
 * picocli builds by reflection on the same annotations, for every command: help text, options, parameters,
 * mixins; and only the subcommands a call names are built.
 */
class CommandSpecsTest {
  private static final Workspace WORKSPACE = new Workspace(Path.of(""), name -> null, CliRun.NO_MAVEN);

  @Test
  void everyCommandIsModelledAsPicocliReadsItsAnnotations() throws Exception {
    CommandLine built = Kfp4j.newCommandLine(WORKSPACE);
    CommandLine reflected = reflected();
    List<String> compared = new ArrayList<>();
    compare(reflected, built, compared);
    assertTrue(compared.size() > 20, "commands compared: " + compared);
  }

  @Test
  void aCommandGroupBuildsOnlyTheSubcommandNamed() {
    assertEquals(List.of("components"), names(Kfp4j.newCommandLine(WORKSPACE,
        new String[] {"components", "validate", "x.yaml"})));
    CommandLine components = Kfp4j.newCommandLine(WORKSPACE, new String[] {"components", "validate", "x.yaml"})
        .getSubcommands().get("components");
    assertEquals(List.of("validate"), names(components));
    CommandLine withStacktrace = Kfp4j.newCommandLine(WORKSPACE,
        new String[] {"--stacktrace", "components", "--stacktrace", "show", "x.yaml"});
    assertEquals(List.of("show"), names(withStacktrace.getSubcommands().get("components")));
    for (String[] args : List.of(new String[] {"components", "--help"}, new String[] {"components"},
        new String[] {"components", "valdate"}, new String[] {"components", "-x", "validate"})) {
      assertEquals(List.of("validate", "show", "stub"),
          names(Kfp4j.newCommandLine(WORKSPACE, args).getSubcommands().get("components")), Arrays.toString(args));
    }
  }

  @Test
  void anAttributeTheModelDoesNotReadFailsNamingItAndTheFix() {
    InitializationException e = assertThrows(InitializationException.class,
        () -> new CommandSpecs(Set.of()).commandLine(new Splitting(), List.of()));
    assertTrue(e.getMessage().contains("@Option(split = ...) on " + Splitting.class.getName() + ".values"),
        e.getMessage());
    assertTrue(e.getMessage().contains("teach io.kfp4j.cli.spec.CommandSpecs to read it"), e.getMessage());
  }

  @Command(name = "splitting")
  static final class Splitting implements Runnable {
    @Option(names = "--values", split = ",")
    List<String> values;

    @Override
    public void run() {}
  }

  /** The whole tree as picocli builds it from the annotations by reflection. */
  private static CommandLine reflected() throws Exception {
    Constructor<Kfp4j> constructor = Kfp4j.class.getDeclaredConstructor(Workspace.class);
    constructor.setAccessible(true);
    CommandLine top = new CommandLine(constructor.newInstance(WORKSPACE));
    for (String name : TopCommands.NAMES) {
      top.addSubcommand(name, TopCommands.create(name));
    }
    return top;
  }

  private static List<String> names(CommandLine command) {
    return List.copyOf(command.getSubcommands().keySet());
  }

  private static void compare(CommandLine expected, CommandLine actual, List<String> compared) {
    CommandSpec want = expected.getCommandSpec();
    CommandSpec got = actual.getCommandSpec();
    String name = want.qualifiedName();
    assertEquals(name, got.qualifiedName());
    assertEquals(expected.getUsageMessage(Help.Ansi.OFF), actual.getUsageMessage(Help.Ansi.OFF), name);
    assertEquals(names(expected), names(actual), name);
    assertEquals(want.mixins().keySet(), got.mixins().keySet(), name);
    assertEquals(want.mixinStandardHelpOptions(), got.mixinStandardHelpOptions(), name);
    assertEquals(want.versionProvider() == null ? null : want.versionProvider().getClass(),
        got.versionProvider() == null ? null : got.versionProvider().getClass(), name);
    assertEquals(want.userObject().getClass(), got.userObject().getClass(), name);
    assertEquals(want.usageMessage().exitCodeList(), got.usageMessage().exitCodeList(), name);
    assertEquals(want.options().size(), got.options().size(), name + " options");
    for (int i = 0; i < want.options().size(); i++) {
      assertEquals(describe(want.options().get(i)), describe(got.options().get(i)), name);
    }
    assertEquals(want.positionalParameters().size(), got.positionalParameters().size(), name + " parameters");
    for (int i = 0; i < want.positionalParameters().size(); i++) {
      assertEquals(describe(want.positionalParameters().get(i)), describe(got.positionalParameters().get(i)), name);
    }
    compared.add(name);
    for (String sub : expected.getSubcommands().keySet()) {
      compare(expected.getSubcommands().get(sub), actual.getSubcommands().get(sub), compared);
    }
  }

  /** What parsing and help depend on, of one option or positional parameter. */
  private static String describe(ArgSpec arg) {
    List<Object> facts = new ArrayList<>(List.of(
        arg.paramLabel(), arg.arity(), arg.arity().isUnspecified(), arg.required(), arg.interactive(), arg.hidden(),
        arg.type(), Arrays.asList(arg.auxiliaryTypes()), Arrays.asList(arg.description()), arg.scopeType(),
        arg.inherited(), String.valueOf(arg.defaultValue()), String.valueOf(arg.initialValue()),
        arg.hasInitialValue(), arg.splitRegex(), arg.showDefaultValue(), arg.toString(),
        String.valueOf(arg.completionCandidates()), arg.isMultiValue()));
    if (arg instanceof OptionSpec option) {
      facts.addAll(List.of(Arrays.asList(option.names()), option.usageHelp(), option.versionHelp(),
          option.negatable(), String.valueOf(option.fallbackValue())));
    }
    if (arg instanceof PositionalParamSpec positional) {
      facts.addAll(List.of(positional.index(), positional.index().isUnspecified()));
    }
    return facts.toString();
  }
}
