/**
 * The contract between generated component entries and the launcher: an entry declares its flags
 * ({@link io.kfp4j.runtime.entry.Flag}), receives them parsed ({@link io.kfp4j.runtime.entry.ParsedArguments}),
 * converts values with {@link io.kfp4j.runtime.entry.Values} and writes outputs with
 * {@link io.kfp4j.runtime.entry.OutputStaging}, which commits them only when the method succeeds. Entries are
 * found through {@link io.kfp4j.runtime.entry.EntryIndex}, one small resource per component, without scanning the
 * classpath.
 */
package io.kfp4j.runtime.entry;
