package io.kfp4j.sdk.result;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kfp4j.runtime.internal.entry.ArgumentException;
import io.kfp4j.runtime.internal.entry.Values;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The outputs of one task instance that succeeded, read as Java values. A value output's text is decoded with the
 * runtime's KFP serializers, exactly as the launcher reads an input ({@code 19.0}, {@code True}, JSON); a file
 * output is its stored file. The generated {@code XxxOp.result(run, taskId)} reads every output of its component
 * this way into a typed record; read them here by name for components loaded at run time.
 *
 * @param runId the run's id
 * @param taskId the task's id in the run ({@code add-2}, {@code square[1]})
 * @param component the component the task ran
 * @param files output name to its stored file (or folder), for each output the task produced
 */
public record TaskOutputs(String runId, String taskId, LoadedComponent component, Map<String, Path> files) {
  public TaskOutputs {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(component, "component");
    files = Map.copyOf(files);
  }

  /**
   * The stored file (or folder) of an output.
   *
   * @throws IllegalArgumentException when the component has no such output (the message lists its outputs)
   * @throws IllegalStateException when the task did not produce it, or its file is gone
   */
  public Path file(String output) {
    if (component.spec().output(output).isEmpty()) {
      throw new IllegalArgumentException(where() + ": component \"" + component.spec().nameOrDefault()
          + "\" has no output \"" + output + "\"; its outputs are: " + String.join(", ",
              component.spec().outputs().stream().map(OutputSpec::name).toList()));
    }
    Path file = files.get(output);
    if (file == null) {
      throw new IllegalStateException(where() + " produced no output \"" + output + "\"; it produced: "
          + (files.isEmpty() ? "none" : String.join(", ", files.keySet())));
    }
    if (!Files.exists(file)) {
      throw new IllegalStateException(where(output) + ": its file " + file + " is gone (was the run's folder"
          + " deleted or cleaned?)");
    }
    return file;
  }

  /** An output's text, as the component wrote it ({@code String} outputs, and the text behind every other value). */
  public String text(String output) {
    Path file = file(output);
    if (Files.isDirectory(file)) {
      throw new IllegalStateException(where(output) + " is a folder (" + file + "), not a value; read it with"
          + " file(\"" + output + "\")");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(where(output) + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A KFP {@code Integer} output as an {@code int}. */
  public int toInt(String output) {
    return decode(output, Values::toInt);
  }

  /** A KFP {@code Integer} output as a {@code long}. */
  public long toLong(String output) {
    return decode(output, Values::toLong);
  }

  /** A KFP {@code Float} output as a {@code double} ({@code 19.0}, {@code 1e-05}, {@code inf}, {@code nan}). */
  public double toDouble(String output) {
    return decode(output, Values::toDouble);
  }

  /** A KFP {@code Float} output as a {@code float}. */
  public float toFloat(String output) {
    return decode(output, Values::toFloat);
  }

  /** A KFP {@code Boolean} output ({@code True}, {@code False}, and every spelling Python's strtobool reads). */
  public boolean toBoolean(String output) {
    return decode(output, Values::toBoolean);
  }

  /** A JSON output ({@code JsonArray}, {@code JsonObject}, a record's type) as a Java type: lists, maps, records. */
  public <T> T fromJson(String output, TypeReference<T> type) {
    return decode(output, (text, name) -> Values.fromJson(text, name, type));
  }

  /**
   * A JSON output as the Java type {@code type} ({@code Summary.class}, or a generic type such as {@code
   * JavaTypes.parameterized(List.class, Double.class)}), read as {@link #fromJson(String, TypeReference)} reads it.
   */
  public <T> T fromJson(String output, Type type) {
    return decode(output, (text, name) -> Values.<T>fromJson(text, name, type));
  }

  private <T> T decode(String output, BiFunction<String, String, T> conversion) {
    String text = text(output);
    try {
      return conversion.apply(text, output);
    } catch (ArgumentException e) {
      throw new IllegalStateException(where(output) + ": " + e.problem(), e);
    }
  }

  private String where() {
    return "task \"" + taskId + "\" (" + component.spec().nameOrDefault() + ") of run " + runId;
  }

  private String where(String output) {
    return "output \"" + output + "\" of " + where();
  }

  @Override
  public String toString() {
    return "outputs of " + where() + ": " + files;
  }
}
