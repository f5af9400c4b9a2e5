package io.kfp4j.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A {@code docker save} tar read back for the tests: its config and, per layer, the diff id and the files.
 *
 * @param config the image config
 * @param diffIds the layers' uncompressed digests, base first
 * @param layerFiles the files (not folders) of each layer, in the same order
 */
record ImageTar(JsonNode config, List<String> diffIds, List<List<String>> layerFiles) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ImageTar read(Path tar) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.isFile()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
    JsonNode config = JSON.readTree(entries.get(manifest.get("Config").asText()));
    List<String> diffIds = new ArrayList<>();
    config.get("rootfs").get("diff_ids").forEach(d -> diffIds.add(d.asText()));
    List<List<String>> files = new ArrayList<>();
    for (JsonNode layer : manifest.get("Layers")) {
      files.add(files(entries.get(layer.asText())));
    }
    return new ImageTar(config, diffIds, files);
  }

  JsonNode containerConfig() {
    return config.get("config");
  }

  private static List<String> files(byte[] layer) throws IOException {
    InputStream raw = new BufferedInputStream(new ByteArrayInputStream(layer));
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(gzip ? new GZIPInputStream(raw) : raw)) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          names.add(e.getName().startsWith("/") ? e.getName() : "/" + e.getName());
        }
      }
    }
    return names;
  }
}
