/**
 * Not API: what generated code and kfp4j's own modules call, which may change in any release without notice.
 *
 * <p>The contract between generated component entries and the launcher: an entry declares its flags ({@link
 * io.kfp4j.runtime.internal.entry.Flag}), receives them parsed ({@link
 * io.kfp4j.runtime.internal.entry.ParsedArguments}), converts values with {@link
 * io.kfp4j.runtime.internal.entry.Values} and writes outputs with {@link
 * io.kfp4j.runtime.internal.entry.OutputStaging}, which commits them only when the method succeeds. The entries of a class's
 * components are one generated class ({@link io.kfp4j.runtime.internal.entry.ComponentEntries}), found by the
 * reference in the component's command ({@link io.kfp4j.runtime.internal.entry.EntryReference}) without scanning the
 * classpath or reading a resource.
 */
package io.kfp4j.runtime.internal.entry;
