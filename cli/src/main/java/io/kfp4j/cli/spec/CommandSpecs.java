package io.kfp4j.cli.spec;

import io.kfp4j.cli.spec.ClassAnnotations.Member;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * Builds the picocli model of an annotated command object as {@code new CommandLine(command)} would, from its
 * class files instead of reflection on annotations, and with only the subcommands the arguments name. It reads
 * the picocli attributes kfp4j's commands use; a command using another one fails to build, naming the attribute,
 * the class and the fix (read it here too), and the test comparing both models catches any difference.
 */
public final class CommandSpecs {
  private static final Set<String> COMMAND = Set.of("name", "aliases", "description", "header",
      "mixinStandardHelpOptions", "versionProvider", "sortOptions", "commandListHeading", "exitCodeListHeading",
      "exitCodeList", "footerHeading", "footer", "subcommands");
  private static final Set<String> OPTION = Set.of("names", "paramLabel", "description", "arity", "defaultValue",
      "required", "interactive", "usageHelp", "versionHelp", "scope", "hidden");
  private static final Set<String> PARAMETERS = Set.of("index", "paramLabel", "description", "arity",
      "defaultValue", "hidden");
  private static final Set<String> MIXIN = Set.of("name");
  private static final Set<String> SPEC = Set.of("value");
  private static final String MIXEE = "MIXEE";
  /** The key picocli gives the mixin of {@code mixinStandardHelpOptions}. */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";
  private static final Map<Class<?>, ClassAnnotations> READ = new ConcurrentHashMap<>();

  private final Set<String> passOptions;

  /**
   * @param passOptions options that may come before a subcommand's name without changing which subcommand runs
   *     (options every command inherits); any other argument before the name builds every subcommand
   */
  public CommandSpecs(Set<String> passOptions) {
    this.passOptions = Set.copyOf(passOptions);
  }

  /**
   * A command line for {@code command}, with those of its {@code @Command(subcommands)} that {@code args} (the
   * arguments after the command's name) need: the one their first argument (after pass options) names, else all
   * (for help, and so that picocli can report and suggest).
   */
  public CommandLine commandLine(Object command, List<String> args) {
    return new CommandLine(spec(command, args));
  }

  /** The model of {@code command}; see {@link #commandLine}. */
  public CommandSpec spec(Object command, List<String> args) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    boolean standardHelp = false;
    // as picocli: from the topmost superclass down, each class's command attributes, subcommands, then fields
    for (ClassAnnotations type : hierarchy(command.getClass())) {
      if (type.command() != null) {
        standardHelp |= command(spec, type);
        subcommands(spec, type, args);
      }
      for (Member member : type.members()) {
        member(spec, command, type.type(), member);
      }
    }
    if (standardHelp) {
      standardHelp(spec); // last, as picocli adds them
    }
    return spec;
  }

  /** The argument naming the subcommand to run: the first that is not a pass option, or null. */
  private String named(List<String> args) {
    for (String arg : args) {
      if (!passOptions.contains(arg)) {
        return arg;
      }
    }
    return null;
  }

  private static List<ClassAnnotations> hierarchy(Class<?> type) {
    List<ClassAnnotations> types = new ArrayList<>();
    for (Class<?> c = type; c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
      types.add(0, read(c));
    }
    return types;
  }

  private static ClassAnnotations read(Class<?> type) {
    return READ.computeIfAbsent(type, ClassAnnotations::read);
  }

  /** Applies the {@code @Command} attributes; true if it mixes in the standard help options. */
  private static boolean command(CommandSpec spec, ClassAnnotations type) {
    Map<String, Object> values = type.command();
    check(values, COMMAND, "@Command", type.type().getName());
    UsageMessageSpec usage = spec.usageMessage();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object value = e.getValue();
      switch (e.getKey()) {
        case "name" -> spec.name((String) value);
        case "aliases" -> spec.aliases(strings(value));
        case "description" -> usage.description(strings(value));
        case "header" -> usage.header(strings(value));
        case "versionProvider" -> spec.versionProvider((IVersionProvider) create(type(value, type.type())));
        case "sortOptions" -> usage.sortOptions((Boolean) value);
        case "commandListHeading" -> usage.commandListHeading((String) value);
        case "exitCodeListHeading" -> usage.exitCodeListHeading((String) value);
        case "exitCodeList" -> usage.exitCodeList(UsageMessageSpec.keyValuesMap(strings(value)));
        case "footerHeading" -> usage.footerHeading((String) value);
        case "footer" -> usage.footer(strings(value));
        default -> { } // mixinStandardHelpOptions, subcommands: below
      }
    }
    return Boolean.TRUE.equals(values.get("mixinStandardHelpOptions"));
  }

  private void subcommands(CommandSpec spec, ClassAnnotations type, List<String> args) {
    Object value = type.command().get("subcommands");
    if (value == null) {
      return;
    }
    List<Class<?>> classes = new ArrayList<>();
    for (Object sub : (List<?>) value) {
      classes.add(type(sub, type.type()));
    }
    String named = named(args);
    if (named != null) {
      // the one named alone, reading the class files only until its name is found
      for (Class<?> sub : classes) {
        if (named.equals(name(sub))) {
          spec.addSubcommand(named, commandLine(create(sub), args.subList(args.indexOf(named) + 1, args.size())));
          return;
        }
      }
    }
    for (Class<?> sub : classes) {
      spec.addSubcommand(name(sub), commandLine(create(sub), List.of()));
    }
  }

  private static String name(Class<?> command) {
    Map<String, Object> values = read(command).command();
    if (values == null || !(values.get("name") instanceof String name)) {
      throw new InitializationException("Subcommand " + command.getName()
          + " is missing the mandatory @Command annotation with a 'name' attribute");
    }
    return name;
  }

  private void member(CommandSpec spec, Object command, Class<?> owner, Member member) {
    Field field = field(owner, member.field());
    String where = owner.getName() + "." + member.field();
    switch (member.kind()) {
      case "Option" -> {
        check(member.values(), OPTION, "@Option", where);
        OptionSpec.Builder option = Arg.of(field, command, member.values(), true)
            .applyTo(OptionSpec.builder(strings(member.values().get("names"))));
        option.usageHelp(flag(member.values(), "usageHelp")).versionHelp(flag(member.values(), "versionHelp"));
        spec.addOption(option.build());
      }
      case "Parameters" -> {
        check(member.values(), PARAMETERS, "@Parameters", where);
        PositionalParamSpec.Builder positional = Arg.of(field, command, member.values(), false)
            .applyTo(PositionalParamSpec.builder());
        if (member.values().get("index") instanceof String index && !index.isEmpty()) {
          positional.index(index);
        }
        spec.addPositional(positional.build());
      }
      case "Mixin" -> {
        check(member.values(), MIXIN, "@Mixin", where);
        Object mixin = get(field, command);
        if (mixin == null) {
          mixin = create(field.getType());
          set(field, command, mixin);
        }
        CommandSpec mixinSpec = spec(mixin, List.of());
        String name = member.values().get("name") instanceof String n && !n.isEmpty() ? n : member.field();
        spec.addMixin(name, mixinSpec);
        for (ClassAnnotations type : hierarchy(mixin.getClass())) {
          for (Member inner : type.members()) {
            if (inner.kind().equals("Spec") && MIXEE.equals(inner.values().get("value"))) {
              set(field(type.type(), inner.field()), mixin, spec);
            }
          }
        }
      }
      case "Spec" -> {
        check(member.values(), SPEC, "@Spec", where);
        if (!MIXEE.equals(member.values().get("value"))) {
          set(field, command, spec); // a mixin's MIXEE spec is set by the command that mixes it in
        }
      }
      default -> throw unsupported("@" + member.kind(), where);
    }
  }

  /** What options and positional parameters share, as picocli derives it from the annotation and the field. */
  private record Arg(Class<?> type, Class<?>[] auxiliary, Range range, boolean required, boolean interactive,
      boolean hidden, String paramLabel, String[] description, Object initial, FieldBinding binding, String shown,
      String defaultValue, ScopeType scope) {

    static Arg of(Field field, Object command, Map<String, Object> values, boolean option) {
      Class<?> type = field.getType();
      Class<?>[] auxiliary = auxiliaryTypes(field);
      boolean interactive = flag(values, "interactive");
      Range arity = CommandSpecs.arity((String) values.get("arity"), option, interactive, type, auxiliary);
      return new Arg(type, auxiliary, arity, option ? flag(values, "required") : arity.min() > 0, interactive,
          flag(values, "hidden"), CommandSpecs.label((String) values.get("paramLabel"), field),
          strings(values.getOrDefault("description", List.of())), get(field, command),
          new FieldBinding(field, command),
          "field " + field.toGenericString().replace("private ", "").replace("protected ", "")
              .replace("public ", "").replace("java.lang.", ""),
          values.get("defaultValue") instanceof String given ? given : null,
          values.get("scope") instanceof String scope ? ScopeType.valueOf(scope) : null);
    }

    OptionSpec.Builder applyTo(OptionSpec.Builder option) {
      option.type(type).arity(range).required(required).interactive(interactive).hidden(hidden).paramLabel(paramLabel)
          .description(description).hasInitialValue(true).initialValue(initial).getter(binding).setter(binding)
          .withToString(shown).defaultValue(defaultValue);
      if (auxiliary != null) {
        option.auxiliaryTypes(auxiliary);
      }
      if (scope != null) {
        option.scopeType(scope);
      }
      return option;
    }

    PositionalParamSpec.Builder applyTo(PositionalParamSpec.Builder positional) {
      positional.type(type).arity(range).required(required).interactive(interactive).hidden(hidden)
          .paramLabel(paramLabel).description(description).hasInitialValue(true).initialValue(initial).getter(binding)
          .setter(binding).withToString(shown).defaultValue(defaultValue);
      if (auxiliary != null) {
        positional.auxiliaryTypes(auxiliary);
      }
      if (scope != null) {
        positional.scopeType(scope);
      }
      return positional;
    }
  }

  /** picocli's default arity: 0 for flags (and interactive), 1 for a value, 0..1 for a multi-valued parameter. */
  static Range arity(String given, boolean option, boolean interactive, Class<?> type, Class<?>[] auxiliary) {
    if (given != null && !given.isEmpty()) {
      return Range.valueOf(given);
    }
    boolean multiValue = type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    String arity;
    if (interactive) {
      arity = "0";
    } else if (option) {
      boolean flag = isBoolean(type) || (multiValue && auxiliary != null && auxiliary.length > 0
          && isBoolean(auxiliary[0]));
      arity = flag ? "0" : "1";
    } else {
      arity = multiValue ? "0..1" : "1";
    }
    return Range.valueOf(arity).unspecified(true);
  }

  private static boolean isBoolean(Class<?> type) {
    return type == boolean.class || type == Boolean.class;
  }

  /** The type arguments of a generic field ({@code List<String>}: String), or null to let picocli infer them. */
  private static Class<?>[] auxiliaryTypes(Field field) {
    if (!(field.getGenericType() instanceof ParameterizedType generic)) {
      return null;
    }
    Type[] arguments = generic.getActualTypeArguments();
    Class<?>[] types = new Class<?>[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      if (!(arguments[i] instanceof Class<?> type)) {
        throw unsupported("the type " + field.getGenericType(), field.getDeclaringClass().getName() + "."
            + field.getName());
      }
      types[i] = type;
    }
    return types;
  }

  private static String label(String given, Field field) {
    if (given != null && !given.isBlank()) {
      return given.trim();
    }
    if (Map.class.isAssignableFrom(field.getType())) {
      throw unsupported("a Map field without paramLabel", field.getDeclaringClass().getName() + "."
          + field.getName());
    }
    return "<" + field.getName() + ">";
  }

  /** The options of {@code mixinStandardHelpOptions}, worded as picocli's. */
  private static void standardHelp(CommandSpec spec) {
    StandardHelp holder = new StandardHelp();
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(holder);
    mixin.addOption(flagOption(holder, "helpRequested", "Show this help message and exit.", "-h", "--help")
        .usageHelp(true).descriptionKey("mixinStandardHelpOptions.help").build());
    mixin.addOption(flagOption(holder, "versionRequested", "Print version information and exit.", "-V",
        "--version").versionHelp(true).descriptionKey("mixinStandardHelpOptions.version").build());
    spec.addMixin(STANDARD_HELP, mixin);
  }

  private static OptionSpec.Builder flagOption(StandardHelp holder, String name, String description,
      String... names) {
    Field field = field(StandardHelp.class, name);
    OptionSpec.Builder option = OptionSpec.builder(names);
    option.type(boolean.class).arity(Range.valueOf("0").unspecified(true)).paramLabel("<" + name + ">")
        .withToString("field boolean picocli.CommandLine$AutoHelpMixin." + name)
        .description(description).hasInitialValue(true).initialValue(false)
        .getter(new FieldBinding(field, holder)).setter(new FieldBinding(field, holder));
    return option;
  }

  /** Where the standard help options are parsed to. */
  private static final class StandardHelp {
    boolean helpRequested;
    boolean versionRequested;
  }

  private static void check(Map<String, Object> values, Set<String> known, String annotation, String where) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw unsupported(annotation + "(" + key + " = ...)", where);
      }
    }
  }

  private static InitializationException unsupported(String what, String where) {
    return new InitializationException("kfp4j's command model does not read " + what + " on " + where
        + ": teach io.kfp4j.cli.spec.CommandSpecs to read it (and CommandSpecsTest checks it)");
  }

  private static boolean flag(Map<String, Object> values, String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  private static String[] strings(Object value) {
    if (value instanceof String s) {
      return new String[] {s};
    }
    return ((List<?>) value).stream().map(String.class::cast).toArray(String[]::new);
  }

  private static Class<?> type(Object value, Class<?> owner) {
    String name = ((org.objectweb.asm.Type) value).getClassName();
    try {
      return Class.forName(name, false, owner.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new InitializationException("cannot load " + name + ", named in the annotations of " + owner.getName(),
          e);
    }
  }

  private static Object create(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new InitializationException("cannot create " + type.getName() + " (it needs a constructor without"
          + " arguments): " + e, e);
    } catch (InvocationTargetException e) {
      throw new InitializationException("cannot create " + type.getName() + ": " + e.getCause(), e);
    }
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new InitializationException("no field " + name + " in " + owner.getName(), e);
    }
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new InitializationException("cannot read " + field, e);
    }
  }

  private static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new InitializationException("cannot set " + field, e);
    }
  }
}
