/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The {@code kfp4j} command line. {@link io.kfp4j.cli.Kfp4j} holds {@code main} and the top command; each noun
 * (a collection such as {@code components}) is a command group in its own package, with one class per verb.
 * The top-level verb {@code compile} lives in {@link io.kfp4j.cli.pipelines}.
 * Exit codes are in {@link io.kfp4j.cli.ExitCodes}. A command's working folder, environment and Maven are its
 * {@link io.kfp4j.cli.Workspace}: inside a Maven project, commands without {@code --classpath} take the project's
 * classpath ({@link io.kfp4j.cli.project}) and record runs at the project's root ({@link io.kfp4j.cli.StoreRoot}).
 */
package io.kfp4j.cli;
