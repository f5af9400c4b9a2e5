package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.ComponentSpec;

/**
 * A component spec with where it came from, as KFP keeps it for {@code componentRef}.
 *
 * @param spec the parsed and validated spec
 * @param digest sha256 (hex) of the text with CRLF normalized to LF, as KFP computes it
 * @param origin the file path or URL it was loaded from, or {@code null} for text
 * @param text the text as read
 */
public record LoadedComponent(ComponentSpec spec, String digest, String origin, String text) {}
