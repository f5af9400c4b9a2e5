package io.kfp4j.images;

import io.kfp4j.images.internal.ComponentPinning;
import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base image the project's components ask for with {@code @Component(baseImage = ...)}, which the processor
 * records in their specs as the annotation {@value #ANNOTATION}: used when the build names no base itself.
 */
final class DeclaredBase {
  /** The spec annotation that holds a component's declared base image. */
  static final String ANNOTATION = "kfp4j/base-image";

  private DeclaredBase() {}

  /**
   * The one base image the components of the class folders declare, or empty when none declares one.
   *
   * @throws ImageBuildException when components declare different ones, naming each with its components
   */
  static Optional<ImageLocation> of(List<Path> classFolders) {
    Map<String, List<String>> declared = new LinkedHashMap<>();
    for (Path file : ComponentPinning.specs(classFolders)) {
      ComponentSpec spec;
      try {
        spec = ComponentLoader.standard().fromFile(file).spec();
      } catch (InvalidSpecException e) {
        continue;  // the pinning step that follows reports it with its place
      }
      String base = spec.metadata().annotations().get(ANNOTATION);
      if (base != null && !base.isBlank()) {
        declared.computeIfAbsent(base.strip(), b -> new ArrayList<>()).add(spec.name());
      }
    }
    if (declared.size() > 1) {
      List<String> each = new ArrayList<>();
      declared.forEach((base, components) -> each.add(base + " (" + String.join(", ", components) + ")"));
      throw new ImageBuildException(Kfp4jException.Kind.INVALID_INPUT, "the components declare different base"
          + " images with @Component(baseImage = ...): " + String.join("; ", each) + ", but one image holds them"
          + " all", "give them the same baseImage, or name the base of the build (ComponentImage.Builder.base)",
          Kfp4jException.facts(Fact.OPTION, "base"), null);
    }
    return declared.keySet().stream().findFirst().map(ImageLocation::parse);
  }
}
