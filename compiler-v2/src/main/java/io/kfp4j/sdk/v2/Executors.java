package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.V2Native;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.SettingValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's executor ({@code deploymentSpec.executors.exec-<task>.container}) as KFP 2 writes it: the image, the
 * command and arguments in v2 placeholders (left out when empty), the component's environment then the task's
 * ({@code env: [{name, value}]}), and the resources ({@code resourceCpuLimit: '2'} beside {@code cpuLimit: 2.0},
 * memory in GB, one accelerator with its type and count).
 *
 * <p>A kfp4j component's launcher command is kept as it is: what the launcher writes to an output parameter's file
 * ({@code True}, {@code 19.0}, {@code 7}, JSON) is what KFP 2's launcher parses for its type (Go's
 * {@code strconv.ParseBool}, {@code ParseFloat}, {@code ParseInt}, protobuf JSON), and what KFP 2's driver puts on
 * the command line ({@code true}, {@code 7} for a double, compact JSON) is what the launcher's entries read.
 */
final class Executors {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Map<String, Long> MEMORY_UNITS = new LinkedHashMap<>();

  static {
    MEMORY_UNITS.put("Ei", 1L << 60);
    MEMORY_UNITS.put("Pi", 1L << 50);
    MEMORY_UNITS.put("Ti", 1L << 40);
    MEMORY_UNITS.put("Gi", 1L << 30);
    MEMORY_UNITS.put("Mi", 1L << 20);
    MEMORY_UNITS.put("Ki", 1L << 10);
    MEMORY_UNITS.put("E", 1_000_000_000_000_000_000L);
    MEMORY_UNITS.put("P", 1_000_000_000_000_000L);
    MEMORY_UNITS.put("T", 1_000_000_000_000L);
    MEMORY_UNITS.put("G", 1_000_000_000L);
    MEMORY_UNITS.put("M", 1_000_000L);
    MEMORY_UNITS.put("K", 1_000L);
  }

  private Executors() {}

  /** The executor of a container task. */
  static ObjectNode executor(TaskNode task, ComponentPorts ports, String where,
      java.util.function.Function<SettingValue.Reference, String> placeholders) {
    ContainerSpec container = task.component().spec().container().orElseThrow();
    CommandLines lines = new CommandLines(ports, where);
    ObjectNode spec = F.objectNode();
    spec.put("image", container.image());
    List<String> command = lines.convert(container.command(), "implementation.container.command");
    List<String> args = lines.convert(container.args(), "implementation.container.args");
    if (!command.isEmpty()) {
      command.forEach(spec.putArray("command")::add);
    }
    if (!args.isEmpty()) {
      args.forEach(spec.putArray("args")::add);
    }
    Map<String, String> env = new LinkedHashMap<>(container.env());
    env.putAll(taskEnv(task));
    if (!env.isEmpty()) {
      ArrayNode list = spec.putArray("env");
      env.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
    }
    ObjectNode resources = resources(task, where, placeholders);
    if (!resources.isEmpty()) {
      spec.set("resources", resources);
    }
    ObjectNode executor = F.objectNode();
    executor.set("container", spec);
    return executor;
  }

  /**
   * The executor of a task whose component was loaded from a KFP v2 component file: its executor as published, with
   * the task's environment merged into {@code container.env} (a variable the component sets takes the task's value in
   * its place, others are appended) and the task's resources over {@code container.resources}, as KFP 2 does.
   */
  static ObjectNode v2NativeExecutor(TaskNode task, V2Native v2, String where,
      java.util.function.Function<SettingValue.Reference, String> placeholders) {
    ObjectNode executor = v2.executor();
    ObjectNode container = (ObjectNode) executor.get("container");
    if (container == null) {
      return executor;
    }
    Map<String, String> env = taskEnv(task);
    if (!env.isEmpty()) {
      ArrayNode list = container.withArray("env");
      Map<String, String> pending = new LinkedHashMap<>(env);
      for (var entry : list) {
        String value = pending.remove(entry.path("name").asText());
        if (value != null) {
          ((ObjectNode) entry).put("value", value);
        }
      }
      pending.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
    }
    ObjectNode resources = resources(task, where, placeholders);
    if (!resources.isEmpty()) {
      container.with("resources").setAll(resources);
    }
    return executor;
  }

  /** The task's environment variables with constant values, in the order set. */
  private static Map<String, String> taskEnv(TaskNode task) {
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvVar var : task.settings().env()) {
      if (var instanceof EnvVar.Plain plain) {
        env.put(plain.name(), plain.value());
      } else if (var instanceof EnvVar.Given given && given.value() instanceof SettingValue.Constant c) {
        env.put(given.name(), c.text());
      }
    }
    return env;
  }

  private static ObjectNode resources(TaskNode task, String where,
      java.util.function.Function<SettingValue.Reference, String> placeholders) {
    ObjectNode out = F.objectNode();
    var resources = task.settings().resources();
    resources.requests().forEach((name, value) -> {
      String text = text(value, placeholders);
      boolean constant = !(value instanceof SettingValue.Reference);
      switch (name) {
        case "cpu" -> {
          out.put("resourceCpuRequest", text);
          if (constant) {
            out.put("cpuRequest", cpu(text));
          }
        }
        case "memory" -> {
          out.put("resourceMemoryRequest", text);
          if (constant) {
            out.put("memoryRequest", memory(text));
          }
        }
        default -> throw new V2CompileException(where + ": the " + name + " request has no KFP v2 equivalent (KFP v2"
            + " requests cpu and memory, and limits accelerators); remove it, or compile for the Argo target (KFP v1)");
      }
    });
    String acceleratorType = null;
    for (var limit : resources.limits().entrySet()) {
      String text = text(limit.getValue(), placeholders);
      boolean constant = !(limit.getValue() instanceof SettingValue.Reference);
      switch (limit.getKey()) {
        case "cpu" -> {
          out.put("resourceCpuLimit", text);
          if (constant) {
            out.put("cpuLimit", cpu(text));
          }
        }
        case "memory" -> {
          out.put("resourceMemoryLimit", text);
          if (constant) {
            out.put("memoryLimit", memory(text));
          }
        }
        case "ephemeral-storage" -> throw new V2CompileException(where + ": the ephemeral-storage limit has no KFP v2"
            + " equivalent; remove it, or compile for the Argo target (KFP v1)");
        default -> {
          if (acceleratorType != null) {
            throw new V2CompileException(where + ": limits two accelerators (" + acceleratorType + " and "
                + limit.getKey() + "); KFP v2 gives a task one accelerator type. Keep one, or compile for the Argo target (KFP v1)");
          }
          acceleratorType = limit.getKey();
          ObjectNode accelerator = out.putObject("accelerator");
          if (constant) {
            accelerator.put("count", text);
          }
          accelerator.put("resourceCount", text).put("resourceType", acceleratorType).put("type", acceleratorType);
        }
      }
    }
    return out;
  }

  /** A constant's text, or a value given at run time as the placeholders of the task inputs that carry it. */
  private static String text(SettingValue value, java.util.function.Function<SettingValue.Reference, String> placeholders) {
    if (value instanceof SettingValue.Constant c) {
      return c.text();
    }
    if (value instanceof SettingValue.WholeNumber n) {
      return Long.toString(n.value());
    }
    return placeholders.apply((SettingValue.Reference) value);
  }

  /** {@code compiler_utils._cpu_to_float}: cores, millicores divided by 1000. */
  static double cpu(String text) {
    return text.endsWith("m") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 1000
        : Double.parseDouble(text);
  }

  /** {@code compiler_utils._memory_to_float}: gigabytes (10^9 bytes) as a double. */
  static double memory(String text) {
    for (var unit : MEMORY_UNITS.entrySet()) {
      if (text.endsWith(unit.getKey())) {
        String number = text.substring(0, text.length() - unit.getKey().length());
        return unit.getKey().equals("G") ? Double.parseDouble(number)
            : new BigDecimal(number).multiply(BigDecimal.valueOf(unit.getValue())).doubleValue() / 1e9;
      }
    }
    return Double.parseDouble(text) / 1e9;
  }
}
