package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.GroupId;
import java.util.Objects;

/**
 * The current item of a {@link ParallelFor}, or one field of it when items are maps.
 *
 * @param loop the loop's id
 * @param field the field, or {@code null} for the whole item
 * @param <T> the item's (or field's) type
 */
public record LoopItem<T>(GroupId loop, String field) implements Source<T> {
  public LoopItem {
    Objects.requireNonNull(loop, "loop");
  }

  /** A field of a map item: {@code item.field("a")}; checked against static items when the pipeline is built. */
  public <F> LoopItem<F> field(String name) {
    if (field != null) {
      throw new IllegalArgumentException("loop item fields do not nest: " + field + "." + name);
    }
    return new LoopItem<>(loop, name);
  }

  /**
   * The same item (or field) seen as another Java type, for an input of that type: {@code item.as(Integer.class)}
   * over the items of an untyped list. Nothing is converted: the value's text reaches the input as KFP passes it.
   */
  public <U> LoopItem<U> as(Class<U> otherType) {
    return new LoopItem<>(loop, field);
  }
}
