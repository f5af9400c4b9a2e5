/**
 * A machine learning pipeline as a Java team would write it: a churn classifier trained in plain Java on a bundled
 * CSV, with a learning rate sweep, KFP metrics and visualizations, a quality gate before deployment, a Python step
 * and a shared notification component, and an exit handler. Start at
 * {@link io.kfp4j.examples.ml.ChurnClassifier}.
 *
 * <p>The two shared components in {@code src/main/resources/components/} become typed stubs in this package:
 * {@code ProfileCsvOp} (Python, as KFP's {@code create_component_from_func} writes it) and {@code NotifyTeamOp} (shell).
 */
@ComponentStubs({"components/profile_csv.yaml", "components/notify_team.yaml"})
package io.kfp4j.examples.ml;

import io.kfp4j.annotations.ComponentStubs;
