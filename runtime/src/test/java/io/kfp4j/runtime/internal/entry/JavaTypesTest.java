package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JavaTypes#parameterized} is interchangeable with the JDK's own parameterized types. */
class JavaTypesTest {

  /** Fields whose generic types the JDK builds, to compare with. */
  @SuppressWarnings("unused")
  private static final class Declared {
    List<Double> doubles;
    List<Integer> integers;
    Map<String, List<Double>> nested;
    Map.Entry<String, Integer> entry;
  }

  private static Type declared(String field) throws NoSuchFieldException {
    return Declared.class.getDeclaredField(field).getGenericType();
  }

  @Test
  void equalsTheJdksTypeBothWaysWithTheSameHashCode() throws Exception {
    assertSame(declared("doubles"), JavaTypes.parameterized(List.class, Double.class));
    assertSame(declared("nested"),
        JavaTypes.parameterized(Map.class, String.class, JavaTypes.parameterized(List.class, Double.class)));
    assertSame(declared("entry"), JavaTypes.parameterized(Map.Entry.class, String.class, Integer.class));
  }

  @Test
  void differentArgumentsAreDifferentTypes() throws Exception {
    ParameterizedType doubles = JavaTypes.parameterized(List.class, Double.class);
    assertNotEquals(declared("integers"), doubles);
    assertNotEquals(doubles, declared("integers"));
    assertNotEquals(JavaTypes.parameterized(java.util.Set.class, Double.class), doubles);
    assertNotEquals(List.class, doubles);
  }

  @Test
  void describesItselfAsTheJdkDoes() throws Exception {
    ParameterizedType type = JavaTypes.parameterized(Map.Entry.class, String.class, Integer.class);
    assertEquals(Map.Entry.class, type.getRawType());
    assertEquals(Map.class, type.getOwnerType());
    assertNull(JavaTypes.parameterized(List.class, Double.class).getOwnerType());
    assertEquals(declared("entry").getTypeName(), type.getTypeName());
    assertEquals("java.util.List<java.lang.Double>", JavaTypes.parameterized(List.class, Double.class).getTypeName());
  }

  @Test
  void itsArgumentsCannotBeChangedFromOutside() {
    Type[] arguments = {Double.class};
    ParameterizedType type = JavaTypes.parameterized(List.class, arguments);
    arguments[0] = String.class;
    type.getActualTypeArguments()[0] = String.class;
    assertEquals(List.of(Double.class), List.of(type.getActualTypeArguments()));
  }

  @Test
  void theWrongNumberOfArgumentsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JavaTypes.parameterized(Map.class, String.class));
    assertEquals("java.util.Map takes 2 type arguments, not 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JavaTypes.parameterized(List.class));
    assertEquals("java.util.List takes 1 type arguments, not 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JavaTypes.parameterized(String.class, Integer.class));
    assertEquals("java.lang.String takes 0 type arguments, not 1", e.getMessage());
  }

  /** Equal both ways, with equal hash codes. */
  private static void assertSame(Type jdk, ParameterizedType ours) {
    assertEquals(jdk, ours);
    assertEquals(ours, jdk);
    assertEquals(jdk.hashCode(), ours.hashCode());
  }
}
