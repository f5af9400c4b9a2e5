package io.kfp4j.cli.spec;

import java.lang.reflect.Field;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.PicocliException;

/** Reads and writes an option's field on its command object, as picocli's own binding of an annotated field. */
final class FieldBinding implements IGetter, ISetter {
  private final Field field;
  private final Object target;

  /** @param field accessible */
  FieldBinding(Field field, Object target) {
    this.field = field;
    this.target = target;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    try {
      return (T) field.get(target);
    } catch (IllegalAccessException e) {
      throw new PicocliException("Could not get value for field " + field, e);
    }
  }

  /** Sets the value and returns the one before. */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T set(T value) {
    try {
      T previous = (T) field.get(target);
      field.set(target, value);
      return previous;
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new PicocliException("Could not set value for field " + field + " to " + value, e);
    }
  }

  @Override
  public String toString() {
    return "FieldBinding(" + field.getType().getName() + " " + field.getDeclaringClass().getName() + "."
        + field.getName() + ")";
  }
}
