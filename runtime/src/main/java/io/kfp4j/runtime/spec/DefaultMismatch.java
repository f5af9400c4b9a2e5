package io.kfp4j.runtime.spec;

import io.kfp4j.runtime.types.BooleanType;
import io.kfp4j.runtime.types.FloatType;
import io.kfp4j.runtime.types.IntegerType;
import io.kfp4j.runtime.types.KfpType;
import io.kfp4j.runtime.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A default that its input's own type cannot read, such as {@code default: x} on an {@code Integer} input. KFP
 * loads such a component (it does not check defaults), so this is a warning: a task that leaves the input unset
 * fails when it runs. Only the scalar types are checked; KFP's own components give JSON inputs an empty default.
 *
 * @param input the input's name
 * @param path the field path of the default, e.g. {@code inputs[0].default}
 * @param type the input's type name
 * @param text the default as KFP passes it
 */
public record DefaultMismatch(String input, String path, String type, String text) {
  private static final Set<KfpType> CHECKED = Set.of(IntegerType.INSTANCE, FloatType.INSTANCE, BooleanType.INSTANCE);

  /** The warning text, to be shown at its {@link #path}. */
  public String message() {
    return "default \"" + text + "\" of input \"" + input + "\" is not a valid " + type
        + "; KFP loads it, but a task that leaves \"" + input + "\" unset fails when it runs; give a default that"
        + " is a valid " + type + ", or none";
  }

  /** Every scalar-typed input of the spec whose default its type rejects, in the order of the inputs. */
  public static List<DefaultMismatch> find(ComponentSpec spec) {
    TypeRegistry types = TypeRegistry.standard();
    List<DefaultMismatch> found = new ArrayList<>();
    for (int i = 0; i < spec.inputs().size(); i++) {
      InputSpec in = spec.inputs().get(i);
      Optional<String> text = in.defaultText();
      Optional<KfpType> type = in.typeName().flatMap(types::find).filter(CHECKED::contains);
      if (text.isEmpty() || type.isEmpty()) {
        continue;
      }
      try {
        type.get().deserialize(text.get());
      } catch (IllegalArgumentException e) {  // TypeConversionException among them
        found.add(new DefaultMismatch(in.name(), "inputs[" + i + "].default", in.typeName().get(), text.get()));
      }
    }
    return List.copyOf(found);
  }
}
