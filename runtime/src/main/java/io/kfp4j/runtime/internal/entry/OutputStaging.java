package io.kfp4j.runtime.internal.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a task's outputs so that a failed task never leaves a half-written one: every output first goes to
 * a hidden sibling of its final path, and all move into place on {@link #commit()}. Closing without a commit
 * deletes them.
 */
public final class OutputStaging implements AutoCloseable {
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean committed;

  /** A temporary path, beside {@code target} (parent folders created), for the method to write an output to. */
  public Path stage(Path target) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // concat: no invokedynamic at start-up
      Path temp = parent.resolve(".".concat(target.getFileName().toString()).concat(".kfp4j-partial"));
      delete(temp);
      staged.put(temp, target);
      return temp;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + target + ": " + e.getMessage(), e);
    }
  }

  /** Stages the text of a returned output. */
  public void write(Path target, String text) {
    Path temp = stage(target);
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output " + target + ": " + e.getMessage(), e);
    }
  }

  /** Moves every staged output into place; an output the method did not create is an error. */
  public void commit() {
    for (Map.Entry<Path, Path> entry : staged.entrySet()) {
      Path temp = entry.getKey();
      Path target = entry.getValue();
      if (!Files.exists(temp)) {
        throw new IllegalStateException("the component did not write its output " + target
            + " (it must create a file or folder at the path it was given)");
      }
      try {
        delete(target);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot move output into place at " + target + ": " + e.getMessage(), e);
      }
    }
    committed = true;
  }

  /** Deletes every staged output unless committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Path temp : staged.keySet()) {
      try {
        delete(temp);
      } catch (IOException e) {
        // best effort: the task has already failed, and its message matters more than this one
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try {
      Files.delete(path);
    } catch (DirectoryNotEmptyException e) {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }
}
