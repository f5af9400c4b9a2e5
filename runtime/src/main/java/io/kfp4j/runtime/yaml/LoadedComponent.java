package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.SpecProblem;
import java.util.List;

/**
 * A component spec with where it came from, as KFP keeps it for {@code componentRef}.
 *
 * @param spec the parsed and validated spec
 * @param digest sha256 (hex) of the text with CRLF normalized to LF, as KFP computes it
 * @param origin the file path or URL it was loaded from, or {@code null} for text
 * @param text the text as read
 * @param warnings what KFP accepts but a reader should fix (a duplicated key, whose last value counts), each at
 *     its file:line:column; {@link ComponentLoader#strict()} refuses these instead
 */
public record LoadedComponent(ComponentSpec spec, String digest, String origin, String text,
    List<SpecProblem> warnings) {

  public LoadedComponent {
    warnings = List.copyOf(warnings);
  }

  /** A component loaded without warnings. */
  public LoadedComponent(ComponentSpec spec, String digest, String origin, String text) {
    this(spec, digest, origin, text, List.of());
  }
}
