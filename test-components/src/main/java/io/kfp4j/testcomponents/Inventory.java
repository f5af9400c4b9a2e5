package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.TypeName;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Components that pass JSON: lists, maps and records. */
public final class Inventory {
  private Inventory() {}

  /** One stock line, passed as a JSON object of KFP type {@code Item}. */
  @TypeName("Item")
  public record Item(String name, int quantity, double price) {}

  /**
   * Totals the value of stock by item name.
   *
   * @param items the stock lines
   * @param minimum lines worth less than this are left out
   * @return the total value of each item name
   */
  @Component
  public static Map<String, Double> totals(List<Item> items, @io.kfp4j.annotations.Default("0") double minimum) {
    Map<String, Double> totals = new TreeMap<>();
    for (Item item : items) {
      double value = item.quantity() * item.price();
      if (value >= minimum) {
        totals.merge(item.name(), value, Double::sum);
      }
    }
    return totals;
  }

  /**
   * Picks the most valuable line.
   *
   * @param items the stock lines
   * @return the line with the highest value
   */
  @Component
  public static Item mostValuable(List<Item> items) {
    Item best = items.get(0);
    for (Item item : items) {
      if (item.quantity() * item.price() > best.quantity() * best.price()) {
        best = item;
      }
    }
    return best;
  }
}
