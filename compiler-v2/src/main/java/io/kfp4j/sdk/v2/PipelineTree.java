package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as the v2 compiler reads it: each task's v2 ports, where each task and group sits in the tree of
 * groups, the pipeline parameters' v2 types, and the {@link Channel} behind each reference. Building it refuses what
 * KFP v2 cannot express ({@link Refusals}) and recursion.
 */
final class PipelineTree {
  private final PipelineGraph graph;
  private final Map<String, ComponentPorts> ports = new HashMap<>();
  private final Map<String, List<Group>> taskPath = new HashMap<>();
  private final Map<GroupId, List<Group>> groupPath = new HashMap<>();
  private final Map<String, IoType> parameterTypes = new LinkedHashMap<>();

  /**
   * @param rootPorts for a component compiled by itself, its inputs by v2 name, whose types the pipeline's
   *     parameters take; {@code null} to map the parameters' own KFP types
   */
  PipelineTree(PipelineGraph graph, Map<String, Port> rootPorts) {
    this.graph = graph;
    Refusals.checkPipeline(graph);
    for (PipelineParameter p : graph.parameters()) {
      parameterTypes.put(p.name(), rootPorts != null ? rootPorts.get(p.name()).type()
          : p.kfpType() == null ? IoType.STRING : TypeMapping.ofName(p.kfpType()));
    }
    for (TaskNode task : graph.tasks().values()) {
      Refusals.checkTask(graph, task);
      try {
        if (task.importer() == null) {
          ports.put(task.name(), ComponentPorts.of(task.component().spec()));
        }
      } catch (IllegalArgumentException e) {
        throw new V2CompileException(Refusals.where(graph, task) + ": a default of its component \""
            + task.component().spec().nameOrDefault() + "\" is not a value of its input's type: " + e.getMessage());
      }
    }
    index(graph.root(), new ArrayList<>());
    // an importer's inputs take the types of what its metadata reads: other tasks' outputs, loop items
    graph.tasks().values().stream().filter(t -> t.importer() != null)
        .forEach(t -> ports.put(t.name(), Importers.ports(t, Refusals.where(graph, t), this::metadataType)));
  }

  /** The type of a value an importer's metadata reads: its channel's, known once its producer's ports are. */
  private IoType metadataType(ArgumentValue reference) {
    return channel(reference).type();
  }

  PipelineGraph graph() {
    return graph;
  }

  ComponentPorts ports(String task) {
    return ports.get(task);
  }

  IoType parameterType(String parameter) {
    return parameterTypes.get(parameter);
  }

  /** The groups holding the task, the root first. */
  List<Group> taskPath(String task) {
    return taskPath.get(task);
  }

  /** The groups holding the group, the root first, without the group itself. */
  List<Group> groupPath(GroupId group) {
    return groupPath.get(group);
  }

  private void index(Group group, List<Group> path) {
    groupPath.put(group.id(), List.copyOf(path));
    List<Group> inner = new ArrayList<>(path);
    inner.add(group);
    for (Member member : group.members()) {
      if (member instanceof Member.TaskMember t) {
        taskPath.put(t.task(), List.copyOf(inner));
      } else if (member instanceof Group.Graph g && g.recursive()) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": graph component \"" + g.name() + "\" calls"
            + " itself, and KFP v2 has no recursion; compile for the Argo target (KFP v1)");
      } else if (member instanceof Member.RecursiveCall) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": a graph component calls itself, and KFP v2"
            + " has no recursion; compile for the Argo target (KFP v1)");
      } else if (member instanceof Group g) {
        index(g, inner);
      }
    }
  }

  /** The group where a channel is at hand: the root for a parameter, the producer's group, the item's loop. */
  Group origin(Channel channel) {
    if (channel instanceof Channel.Surfaced surfaced) {
      List<Group> path = groupPath.get(surfaced.call().id());
      return path.get(path.size() - 1);
    }
    if (channel instanceof Channel.Output out) {
      List<Group> path = taskPath.get(out.task());
      return path.get(path.size() - 1);
    }
    if (channel instanceof Channel.Item item) {
      return item.loop();
    }
    if (channel instanceof Channel.Field field) {
      return field.item().loop();
    }
    return graph.root();
  }


  /** The channels a value reads (a template's references, or the value itself). */
  List<Channel> references(ArgumentValue value) {
    if (value instanceof ArgumentValue.Constant) {
      return List.of();
    }
    if (value instanceof ArgumentValue.Template t) {
      return t.parts().stream().filter(p -> !(p instanceof ArgumentValue.Constant)).map(this::channel).toList();
    }
    return List.of(channel(value));
  }

  /** The channels a condition compares. */
  List<Channel> operands(Group.Conditional c) {
    List<Channel> channels = new ArrayList<>();
    for (ArgumentValue side : List.of(c.condition().left(), c.condition().right())) {
      if (side instanceof ArgumentValue.LoopItemRef ref && ref.field() != null) {
        channels.add(field(ref));
      } else {
        channels.addAll(references(side));
      }
    }
    return channels;
  }

  /** The channels a condition compares, as the DAG holding the condition sees them. */
  List<Channel> operandsSeen(Group.Conditional c) {
    return operands(c).stream().map(ch -> seenFrom(ch, groupPath.get(c.id()), Surfacing.NONE)).toList();
  }

  /** A field of a loop's item: of the type of the first item's value under that key, text when unknown. */
  Channel.Field field(ArgumentValue.LoopItemRef ref) {
    Group.Loop loop = (Group.Loop) graph.group(ref.loop()).orElseThrow();
    IoType type = IoType.STRING;
    if (loop.source() instanceof LoopSource.StaticItems items && !items.items().isEmpty()
        && items.items().get(0) instanceof Map<?, ?> first && first.get(ref.field()) != null) {
      type = new IoType.Parameter(parameterTypeOf(first.get(ref.field())));
    }
    return new Channel.Field(item(loop), ref.field(), type);
  }

  /** The parameter type of a Java value of a static item, as KFP 2 types a Python value. */
  static String parameterTypeOf(Object value) {
    return value instanceof Map<?, ?> ? "STRUCT" : value instanceof List<?> ? "LIST"
        : value instanceof Boolean ? "BOOLEAN" : value instanceof Integer || value instanceof Long ? "NUMBER_INTEGER"
        : value instanceof Number ? "NUMBER_DOUBLE" : "STRING";
  }

  /**
   * The channel as a reader inside {@code readerPath} (the groups holding it, the root first) sees it: an output of a
   * task inside graph components' calls that do not hold the reader is the outermost such call's output
   * ({@link Channel.Surfaced}); {@code surfacing} learns, for each call between, the output it surfaces and from
   * which of its members. Any other channel is itself.
   */
  Channel seenFrom(Channel channel, List<Group> readerPath, Surfacing surfacing) {
    if (!(channel instanceof Channel.Output out)) {
      return channel;
    }
    List<Group> producerPath = taskPath.get(out.task());
    int common = 0;
    while (common < producerPath.size() && common < readerPath.size()
        && producerPath.get(common).equals(readerPath.get(common))) {
      common++;
    }
    List<Group> uncommon = producerPath.subList(common, producerPath.size());
    if (uncommon.isEmpty() || !uncommon.stream().allMatch(g -> g instanceof Group.Graph)) {
      return channel;
    }
    for (int i = 0; i < uncommon.size(); i++) {
      String producer = i + 1 < uncommon.size() ? GroupNames.of(uncommon.get(i + 1)) : out.task();
      String key = i + 1 < uncommon.size() ? out.fullName() : out.output();
      surfacing.surface((Group.Graph) uncommon.get(i), out, producer, key);
    }
    Group.Graph outermost = (Group.Graph) uncommon.get(0);
    return new Channel.Surfaced(outermost, GroupNames.of(outermost), out);
  }

  /** Learns what a graph component's call surfaces. */
  interface Surfacing {
    /**
     * @param call the call
     * @param output the task output it surfaces, under that output's full name
     * @param producer the member it takes it from: the task, or the next call inside
     * @param key the output's name at that member
     */
    void surface(Group.Graph call, Channel.Output output, String producer, String key);

    /** Learns nothing: the surfaced outputs are known already. */
    Surfacing NONE = (call, output, producer, key) -> { };
  }

  /** The channel behind a single reference (a parameter, an output, a loop item). */
  Channel channel(ArgumentValue value) {
    if (value instanceof ArgumentValue.ParameterRef p) {
      return new Channel.Param(p.parameter(), parameterTypes.getOrDefault(p.parameter(), IoType.STRING));
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      Port port = ports.get(o.task()).outputs().get(o.output());
      return new Channel.Output(o.task(), port.name(), port.type());
    }
    if (value instanceof ArgumentValue.LoopItemRef item) {
      return item((Group.Loop) graph.group(item.loop()).orElseThrow());
    }
    throw new IllegalArgumentException("not a single reference: " + value);
  }

  /** The list a loop over a parameter or an output iterates over, as the loop's DAG sees it. */
  Channel itemsOf(Group.Loop loop) {
    return seenFrom(channel(((LoopSource.DynamicItems) loop.source()).list()), groupPath.get(loop.id()),
        Surfacing.NONE);
  }

  /** A loop's item. */
  Channel.Item item(Group.Loop loop) {
    if (loop.source() instanceof LoopSource.StaticItems items) {
      return new Channel.Item(loop, GroupNames.staticItem(loop), staticItemType(loop, items));
    }
    Channel list = itemsOf(loop);
    // KFP 2 types the item from the list's declared element type (List[Dict] gives STRUCT items), else STRING
    String declared = ((LoopSource.DynamicItems) loop.source()).itemType();
    IoType type = declared == null ? IoType.STRING : TypeMapping.ofName(declared);
    return new Channel.Item(loop, list.fullName() + "-loop-item",
        type instanceof IoType.Parameter ? type : IoType.STRING);
  }

  private IoType staticItemType(Group.Loop loop, LoopSource.StaticItems items) {
    if (!items.references().isEmpty()) {
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over a"
          + " static list holding values given when the pipeline runs; KFP v2 takes only constant items. Loop over a"
          + " task output or a parameter instead, or compile for the Argo target (KFP v1)");
    }
    if (items.items().isEmpty()) {
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over an"
          + " empty list, which KFP v2 refuses; give it items");
    }
    return new IoType.Parameter(parameterTypeOf(items.items().get(0)));
  }

  /**
   * The task's resources given when the pipeline runs, by the name of the task input KFP 2 carries each in
   * ({@code cpu_limit}, {@code memory_request}, {@code accelerator_count}, ...).
   */
  static Map<String, SettingValue.Reference> resourceReferences(TaskNode task) {
    Map<String, SettingValue.Reference> refs = new LinkedHashMap<>();
    var resources = task.settings().resources();
    resources.requests().forEach((name, value) -> {
      if (value instanceof SettingValue.Reference r) {
        refs.put(name + "_request", r);
      }
    });
    resources.limits().forEach((name, value) -> {
      if (value instanceof SettingValue.Reference r) {
        refs.put(name.equals("cpu") || name.equals("memory") ? name + "_limit" : "accelerator_count", r);
      }
    });
    return refs;
  }

  /**
   * The values given at run time that the task's Kubernetes settings read: volumes (a claim's name), pod labels and
   * annotations, a secret's name for environment variables; the platform document takes each from where the task's DAG has it ({@link ReferenceSources}).
   */
  static List<ArgumentValue> kubernetesReferences(TaskNode task) {
    List<ArgumentValue> refs = new ArrayList<>();
    var settings = task.settings();
    settings.volumes().forEach(volume -> refs.addAll(volume.references()));
    settings.podLabelValues().values().forEach(v -> v.reference().ifPresent(refs::add));
    settings.podAnnotationValues().values().forEach(v -> v.reference().ifPresent(refs::add));
    settings.env().forEach(var -> {
      if (var instanceof io.kfp4j.sdk.task.EnvVar.FromSecret secret
          && secret.secret() instanceof SettingValue.Reference r) {
        refs.add(r.value());
      }
    });
    return refs;
  }

  /** A value given at run time as text with the placeholders of the compiler-injected inputs carrying it. */
  String placeholders(SettingValue.Reference reference) {
    return placeholders(parts(reference));
  }

  /** The constants and references a value given at run time is made of, in order. */
  static List<ArgumentValue> parts(SettingValue.Reference reference) {
    return reference.value() instanceof ArgumentValue.Template t ? t.parts() : List.of(reference.value());
  }

  /** The parts as text: constants as they are, each reference as its compiler-injected input's placeholder. */
  String placeholders(List<ArgumentValue> parts) {
    StringBuilder text = new StringBuilder();
    for (ArgumentValue part : parts) {
      if (part instanceof ArgumentValue.Constant c) {
        text.append(c.text());
      } else {
        text.append("{{$.inputs.parameters['").append(injectedName(part)).append("']}}");
      }
    }
    return text.toString();
  }

  /** The compiler-injected input carrying a reference: the channel's, with the loop item's field when it has one. */
  String injectedName(ArgumentValue part) {
    String field = part instanceof ArgumentValue.LoopItemRef i ? i.field() : null;
    return channel(part).inputName() + (field == null ? "" : "-subvar-" + field);
  }
}
