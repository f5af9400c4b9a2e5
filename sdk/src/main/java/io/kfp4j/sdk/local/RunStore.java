package io.kfp4j.sdk.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs kept under a root folder: {@code <root>/runs/<id>/run.json}, beside each task's folder with its inputs,
 * outputs and log. {@code run.json} is replaced atomically, so a reader never sees half of it.
 */
public final class RunStore {
  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new SimpleModule().addSerializer(Instant.class, new JsonSerializer<Instant>() {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
          gen.writeString(value.toString());
        }
      }).addDeserializer(Instant.class, new JsonDeserializer<Instant>() {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          return Instant.parse(p.getValueAsString());
        }
      }))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final Path root;

  /** The store under a root folder (created when the first run is written). */
  public RunStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The default store: {@code .kfp4j/} in the working directory. */
  public static RunStore defaultStore() {
    return new RunStore(Path.of(".kfp4j"));
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** The folder of a run. */
  public Path runDir(String runId) {
    return root.resolve("runs").resolve(runId);
  }

  /** Writes a run's record atomically. */
  public synchronized void save(RunRecord run) {
    Path dir = runDir(run.id());
    try {
      Files.createDirectories(dir);
      Path temp = dir.resolve("run.json.tmp");
      JSON.writeValue(temp.toFile(), run);
      try {
        Files.move(temp, dir.resolve("run.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, dir.resolve("run.json"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of run " + run.id() + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A run by id (or a unique prefix of it), as seen now. */
  public Optional<RunRecord> find(String runId) {
    Path file = runDir(runId).resolve("run.json");
    if (!Files.isRegularFile(file)) {
      List<RunRecord> matches = list().stream().filter(r -> r.id().startsWith(runId)).toList();
      return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
    return Optional.of(read(file));
  }

  /** Every run, newest first, as seen now. */
  public List<RunRecord> list() {
    Path runs = root.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    List<RunRecord> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(runs)) {
      for (Path dir : dirs.toList()) {
        Path file = dir.resolve("run.json");
        if (Files.isRegularFile(file)) {
          out.add(read(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list runs in " + runs + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(RunRecord::startedAt).reversed());
    return out;
  }

  private static RunRecord read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunRecord.class).asSeenNow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read run record " + file + ": " + e.getMessage(), e);
    }
  }
}
