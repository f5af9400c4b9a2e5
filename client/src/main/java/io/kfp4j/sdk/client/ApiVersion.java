package io.kfp4j.sdk.client;

import java.util.Locale;

/** The KFP REST API a client speaks: {@code v1beta1} (KFP 1.x and 2.x servers) or {@code v2beta1} (KFP 2.x). */
public enum ApiVersion {
  /** {@code /apis/v1beta1}: Argo workflows, {@link KfpClient}. */
  V1("v1beta1"),
  /** {@code /apis/v2beta1}: KFP v2's pipeline spec, {@code io.kfp4j.sdk.client.v2.KfpV2Client}. */
  V2("v2beta1");

  private final String path;

  ApiVersion(String path) {
    this.path = path;
  }

  /** The API's path prefix: {@code /apis/v1beta1} or {@code /apis/v2beta1}. */
  public String prefix() {
    return "/apis/" + path;
  }

  /**
   * The version named {@code v1} or {@code v2} (also {@code v1beta1}, {@code v2beta1}; any case).
   *
   * @throws IllegalArgumentException for another name, listing the two
   */
  public static ApiVersion of(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "v1", "v1beta1" -> V1;
      case "v2", "v2beta1" -> V2;
      default -> throw new IllegalArgumentException("unknown KFP API \"" + name + "\": give v1 (v1beta1) or v2"
          + " (v2beta1)");
    };
  }

  /** {@code v1} or {@code v2}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
