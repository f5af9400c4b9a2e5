package io.kfp4j.runtime.spec;

/**
 * Where to find a component: any of a name, digest, tag, URL or the spec itself.
 *
 * @param name the component name, or {@code null}
 * @param digest the sha256 of the component text, or {@code null}
 * @param tag a tag, or {@code null}
 * @param url where to load it from, or {@code null}
 * @param spec the spec inline, or {@code null}
 */
public record ComponentReference(String name, String digest, String tag, String url, ComponentSpec spec) {}
