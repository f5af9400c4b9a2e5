/**
 * Not API: kfp4j's own test components, shared by the engine's (local) and the launcher's tests. They show every way
 * a value can travel: files in and out, several outputs through a record, optional inputs with and without defaults,
 * JSON types; and the seed's {@code add}.
 */
package io.kfp4j.testcomponents;
