package io.kfp4j.cli;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny base image as a {@code docker save} tar, made offline with jib, for image builds in tests. */
final class TestBaseImage {
  private TestBaseImage() {}

  /** {@code DIR/base.tar}: one file, named {@code test/base:1}. */
  static Path tarIn(Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("base.txt"), "base\n");
    Path tar = dir.resolve("base.tar");
    Jib.fromScratch()
        .addFileEntriesLayer(FileEntriesLayer.builder().addEntry(file, AbsoluteUnixPath.get("/etc/base.txt")).build())
        .containerize(Containerizer.to(TarImage.at(tar).named("test/base:1"))
            .setBaseImageLayersCache(dir.resolve("base-cache/base"))
            .setApplicationLayersCache(dir.resolve("base-cache/app")));
    return tar;
  }
}
