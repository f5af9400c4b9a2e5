package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.ComponentReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the components that a graph component's tasks name ({@code componentRef}) come from, besides the spec
 * written inline and the URL itself (KFP's {@code ComponentStore}): for machines without network access, and to pin
 * a reviewed copy. Given to {@link ComponentDefinition#withComponentRefs}.
 *
 * <pre>{@code
 * ComponentDefinition cv = ComponentDefinition.load(Path.of("cross_validation.yaml"))
 *     .withComponentRefs(ComponentRefs.urls(Map.of(
 *         "https://raw.githubusercontent.com/.../XGBoost/Train/component.yaml", Path.of("xgboost_train.yaml"))));
 * }</pre>
 */
@FunctionalInterface
public interface ComponentRefs {

  /** The component the reference names, or empty when this source does not know it. */
  Optional<ComponentDefinition> find(ComponentReference reference);

  /** Components by the URL a reference names, each loaded from a local file (a copy of what the URL serves). */
  static ComponentRefs urls(Map<String, Path> filesByUrl) {
    Map<String, Path> copy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filesByUrl));
    return reference -> Optional.ofNullable(reference.url() == null ? null : copy.get(reference.url()))
        .map(ComponentDefinition::load);
  }

  /** This source, then {@code other} for what this one does not know. */
  default ComponentRefs orElse(ComponentRefs other) {
    return reference -> find(reference).or(() -> other.find(reference));
  }
}
