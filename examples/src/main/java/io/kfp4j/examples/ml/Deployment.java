package io.kfp4j.examples.ml;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The component that publishes a model. */
public final class Deployment {
  private Deployment() {}

  /**
   * Publishes a model to a registry folder, with a model card, under its name and a version taken from its SHA-256.
   * The files go to {@code NAME/VERSION/model.json} and {@code model-card.md}; a real project would push to its model
   * registry or serving platform here.
   *
   * @param modelPath the model to publish
   * @param accuracy its accuracy, written on the model card
   * @param modelName the name it is published under
   * @param registryPath the registry folder
   * @return the published reference, {@code <name>:<version>}
   * @throws IOException when the files cannot be written
   */
  @Component
  public static String deployModel(@InputPath("Model") Path modelPath, double accuracy,
      @Default("churn-classifier") String modelName, @OutputPath("Registry") Path registryPath) throws IOException {
    LogisticRegression model = LogisticRegression.load(modelPath);
    String version = sha256(Files.readAllBytes(modelPath)).substring(0, 12);
    Path folder = Files.createDirectories(registryPath.resolve(modelName).resolve(version));
    Files.copy(modelPath, folder.resolve("model.json"));
    Files.writeString(folder.resolve("model-card.md"), "# " + modelName + " " + version + "\n\n"
        + "Logistic regression on " + String.join(", ", model.features()) + ".\n\n"
        + "- learning rate: " + model.learningRate() + ", epochs: " + model.epochs() + "\n"
        + "- test accuracy: " + Training.percent(accuracy) + "\n", StandardCharsets.UTF_8);
    return modelName + ":" + version;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
