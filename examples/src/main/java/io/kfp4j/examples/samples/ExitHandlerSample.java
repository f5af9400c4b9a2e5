package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.ExitHandlerSampleOps.DownloadBlobOp;
import io.kfp4j.examples.samples.ExitHandlerSampleOps.EchoMsgOp;
import io.kfp4j.examples.samples.ExitHandlerSampleOps.PrintFileOp;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Value;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** KFP's {@code exit_handler} sample: a task that runs at the end whether the others succeeded or not. */
public final class ExitHandlerSample {
  private ExitHandlerSample() {}

  /**
   * Downloads a file from a URL ({@code https:}, {@code http:} or {@code file:}).
   *
   * @param url where the file is
   * @param dataPath where it goes
   * @throws IOException when it cannot be downloaded
   */
  @Component
  public static void downloadBlob(String url, @OutputPath Path dataPath) throws IOException {
    try (InputStream in = URI.create(url).toURL().openStream()) {
      Files.copy(in, dataPath, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Prints a text file and passes its text on.
   *
   * @param filePath the file
   * @return its text
   * @throws IOException when it cannot be read
   */
  @Component
  public static String printFile(@InputPath Path filePath) throws IOException {
    String text = Files.readString(filePath, StandardCharsets.UTF_8);
    System.out.println(text);
    return text;
  }

  /**
   * Writes a message to the log.
   *
   * @param msg the message
   * @return the message
   */
  @Component
  public static String echoMsg(String msg) {
    System.out.println(msg);
    return msg;
  }

  /**
   * Downloads a message and prints it; then, whether that worked or not, echoes {@code exit!}.
   *
   * <p>It shows: {@code ExitHandler.of(exitTask, ...)}, the exit task created first, and a file passed from one task
   * to the next.
   *
   * @param url where the message is
   */
  @Pipeline(name = "exit-handler",
      description = "Prints a downloaded message; the exit task then runs, whether the pipeline succeeded or failed.")
  public static void exitHandlerPipeline(
      @Default("https://storage.googleapis.com/ml-pipeline/shakespeare1.txt") Param<String> url) {
    var exitTask = EchoMsgOp.echoMsg(Value.of("exit!"));
    ExitHandler.of(exitTask, () -> {
      var download = DownloadBlobOp.downloadBlob(url);
      PrintFileOp.printFile(download.dataPath());
    });
  }
}
