package io.kfp4j.sdk.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A {@code multipart/form-data} body with one file field, as kfp's upload sends it: field {@code uploadfile}, the
 * file's name, {@code Content-Type: application/octet-stream}, the raw bytes.
 */
record Multipart(String boundary, byte[] body) {
  private static final SecureRandom RANDOM = new SecureRandom();

  static Multipart file(String field, String fileName, byte[] content) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String boundary = HexFormat.of().formatHex(random);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
    String head = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName.replace("\"", "%22")
        + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Multipart(boundary, out.toByteArray());
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
