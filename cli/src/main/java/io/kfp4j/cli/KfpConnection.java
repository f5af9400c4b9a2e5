package io.kfp4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.Redaction;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every command that talks to a KFP server, mixed in: {@code --endpoint} (default: env
 * {@code KFP_ENDPOINT}), {@code --namespace}, {@code --token-file} and {@code --output table|json}. Commands call
 * the server through API v1beta1 ({@link #call}) or v2beta1 ({@link #callV2}), as their {@link ApiOption} chooses
 * ({@link #api}). Server errors become one line and exit {@link ExitCodes#FAILED}, never a stack trace.
 */
public final class KfpConnection {
  /** Usage help text for exit code 1 of a server command. */
  public static final String DOC_SERVER_FAILED = "1:the KFP server answered with an error (not found, ...) or cannot"
      + " be reached; the server's message is printed";

  /** How results are printed. */
  public enum Format { table, json }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "${env:KFP_ENDPOINT}",
      description = "The KFP server, e.g. http://localhost:8888 (default: env KFP_ENDPOINT).")
  String endpoint;

  @Option(names = "--namespace", paramLabel = "NS", description = "The user namespace of a multi-user cluster.")
  String namespace;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the bearer token, read again when it changes.")
  Path tokenFile;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json (the API's own fields).")
  Format output;

  /**
   * This mixin's server configuration.
   *
   * @throws ParameterException when no server is named, or the address is not usable
   */
  public KfpConfig config() {
    if (!hasEndpoint()) {
      throw new ParameterException(mixee.commandLine(), "no KFP server: give --endpoint URL or set KFP_ENDPOINT");
    }
    return config(mixee.commandLine(), endpoint, namespace, tokenFile);
  }

  /** Whether a server was named, by {@code --endpoint} or {@code KFP_ENDPOINT}. */
  public boolean hasEndpoint() {
    return endpoint != null && !endpoint.isBlank();
  }

  /**
   * Calls the server and returns what the call returns; a {@link KfpApiException} (or an
   * unreadable token file) reaches {@link ExecutionErrorHandler}, which words its fix.
   *
   * @throws ParameterException when no server is named
   */
  public <T> T call(Function<KfpClient, T> call) {
    if (!hasEndpoint()) {
      throw new ParameterException(mixee.commandLine(), "no KFP server: give --endpoint URL or set KFP_ENDPOINT");
    }
    return call.apply(client(mixee.commandLine(), endpoint, namespace, tokenFile));
  }

  /**
   * The API to speak to the server: {@code --api}, else the one the server answers.
   *
   * @throws ParameterException when no server is named
   */
  public ApiVersion api(ApiOption option) {
    return option.choose(config());
  }

  /**
   * Calls the server through API v2beta1 (a KFP 2.x server) and returns what the call returns; failures as for
   * {@link #call}.
   *
   * @throws ParameterException when no server is named
   */
  public <T> T callV2(Function<KfpV2Client, T> call) {
    return call.apply(KfpV2Client.create(config()));
  }

  /**
   * The client of a server, for this mixin and for commands that keep their own server options ({@code run}).
   *
   * @throws ParameterException naming {@code --endpoint} when it is not a usable address
   */
  public static KfpClient client(CommandLine cmd, String endpoint, String namespace, Path tokenFile) {
    return KfpClient.create(config(cmd, endpoint, namespace, tokenFile));
  }

  /**
   * The configuration of a server, for either API's client.
   *
   * @throws ParameterException naming {@code --endpoint} when it is not a usable address
   */
  public static KfpConfig config(CommandLine cmd, String endpoint, String namespace, Path tokenFile) {
    try {
      return KfpConfig.builder().host(endpoint).namespace(namespace).tokenFile(tokenFile).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cmd, "--endpoint " + Redaction.endpoint(endpoint) + ": "
          + Redaction.urls(e.getMessage()));
    }
  }

  /**
   * Prints one page of a list: as the API's list answer with {@code --output json}, else as a table with a row per
   * item and a footer naming the next page.
   */
  public <T> void printPage(String field, Page<T> page, Function<T, String[]> row, String... headers) {
    print(PageOptions.json(field, page), out -> {
      TextTable table = new TextTable(headers);
      page.items().forEach(item -> table.row(row.apply(item)));
      table.print(out);
      PageOptions.footer(out, page);
    });
  }

  /** Prints the value as JSON with {@code --output json}, else as the table printer writes it. */
  public void print(Object value, Consumer<PrintWriter> table) {
    PrintWriter out = mixee.commandLine().getOut();
    if (output == Format.json) {
      try {
        out.println(Json.MAPPER.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
      }
    } else {
      table.accept(out);
    }
    out.flush();
  }

  /** Made on first use, so that commands which print no JSON (and {@code --version}) do not load Jackson. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }
}
