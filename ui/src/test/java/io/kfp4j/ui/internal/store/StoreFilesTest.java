package io.kfp4j.ui.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** StoreFiles keeps every path inside the store's root, and reads the start of files as text or binary. */
class StoreFilesTest {
  @TempDir
  Path base;
  Path root;
  Path outside;
  StoreFiles files;

  @BeforeEach
  void store() throws IOException {
    root = base.resolve("store");
    Files.createDirectories(root.resolve("runs/r1/tasks/t/outputs/o"));
    Files.writeString(root.resolve("runs/r1/tasks/t/outputs/o/data"), "inside");
    Files.writeString(root.resolve("top.txt"), "top");
    outside = base.resolve("outside.txt");
    Files.writeString(outside, "outside");
    Files.createDirectories(base.resolve("elsewhere"));
    Files.writeString(base.resolve("elsewhere/file.txt"), "elsewhere");
    files = new StoreFiles(root);
  }

  /** A store-relative path to an existing file resolves to it; one to nothing does not. */
  @Test
  void relativePathsResolveInside() {
    assertEquals(Optional.of(root.resolve("runs/r1/tasks/t/outputs/o/data")), files.resolve("runs/r1/tasks/t/outputs/o/data"));
    assertEquals(Optional.of(root.resolve("top.txt")), files.resolve("top.txt"));
    assertEquals(Optional.of(root.resolve("runs/r1")), files.resolve("runs/r1"), "folders resolve too");
    assertEquals(Optional.of(root.resolve("top.txt")), files.resolve("runs/../top.txt"), "a detour that stays inside");
    assertEquals(Optional.empty(), files.resolve("runs/r1/missing"));
  }

  /** Paths that climb out of the root are refused, even when what they name exists. */
  @ParameterizedTest
  @ValueSource(strings = {"../outside.txt", "runs/../../outside.txt", "runs/r1/../../../outside.txt", "..",
      "../store/../outside.txt", "./../outside.txt", "runs/r1/tasks/t/outputs/o/data/../../../../../../../outside.txt"})
  void dotDotEscapesAreRefused(String path) {
    assertEquals(Optional.empty(), files.resolve(path), path);
  }

  /** Absolute paths are refused, even one that names a file inside the store. */
  @Test
  void absolutePathsAreRefused() {
    assertEquals(Optional.empty(), files.resolve(outside.toString()));
    assertEquals(Optional.empty(), files.resolve(root.resolve("top.txt").toString()));
    assertEquals(Optional.empty(), files.resolve("/etc/passwd"));
  }

  /** Empty, null, NUL and backslashes are refused. */
  @Test
  void oddTextIsRefused() {
    assertEquals(Optional.empty(), files.resolve(null));
    assertEquals(Optional.empty(), files.resolve(""));
    assertEquals(Optional.empty(), files.resolve("top.txt\0"));
    assertEquals(Optional.empty(), files.resolve("top.txt\0.png"));
    assertEquals(Optional.empty(), files.resolve("..\\outside.txt"));
    assertEquals(Optional.empty(), files.resolve("runs\\r1"));
  }

  /** A symbolic link inside the store that leads outside is refused, as is anything under a linked folder. */
  @Test
  void symlinksOutAreRefused() throws IOException {
    Files.createSymbolicLink(root.resolve("link-out"), outside);
    Files.createSymbolicLink(root.resolve("runs/r1/dir-out"), base.resolve("elsewhere"));
    Files.createSymbolicLink(root.resolve("runs/r1/chain"), root.resolve("link-out"));
    assertEquals(Optional.empty(), files.resolve("link-out"));
    assertEquals(Optional.empty(), files.resolve("runs/r1/dir-out"));
    assertEquals(Optional.empty(), files.resolve("runs/r1/dir-out/file.txt"));
    assertEquals(Optional.empty(), files.resolve("runs/r1/chain"), "a link to a link that leads out");
    assertEquals(Optional.empty(), files.recorded(root.resolve("link-out").toString()));
  }

  /** A symbolic link inside the store to a file inside it is allowed. */
  @Test
  void symlinksInAreAllowed() throws IOException {
    Files.createSymbolicLink(root.resolve("link-in"), root.resolve("runs/r1/tasks/t/outputs/o/data"));
    Files.createSymbolicLink(root.resolve("runs/r1/dir-in"), root.resolve("runs/r1/tasks"));
    assertEquals(Optional.of(root.resolve("link-in")), files.resolve("link-in"));
    assertEquals(Optional.of(root.resolve("runs/r1/dir-in/t/outputs/o/data")), files.resolve("runs/r1/dir-in/t/outputs/o/data"));
  }

  /** A store reached through a symbolic link (its root is a link) still serves its files and only those. */
  @Test
  void aRootThatIsASymlinkWorks() throws IOException {
    Path linkRoot = Files.createSymbolicLink(base.resolve("store-link"), root);
    StoreFiles linked = new StoreFiles(linkRoot);
    assertEquals(Optional.of(linkRoot.resolve("top.txt")), linked.resolve("top.txt"));
    assertEquals(Optional.empty(), linked.resolve("../outside.txt"));
  }

  /** A recorded absolute path inside the store is found as recorded. */
  @Test
  void recordedPathsInsideAreFound() {
    Path data = root.resolve("runs/r1/tasks/t/outputs/o/data");
    assertEquals(Optional.of(data), files.recorded(data.toString()));
    assertEquals("runs/r1/tasks/t/outputs/o/data", files.relative(files.recorded(data.toString()).orElseThrow()));
  }

  /** After the store moved, a path recorded under its old root maps to the same runs/... path under the new one. */
  @Test
  void recordedPathsOfAMovedStoreMapUnderTheNewRoot() {
    assertEquals(Optional.of(root.resolve("runs/r1/tasks/t/outputs/o/data")),
        files.recorded("/home/someone/old-place/.kfp4j/runs/r1/tasks/t/outputs/o/data"));
    assertEquals(Optional.of(root.resolve("runs/r1/tasks/t/outputs/o/data")),
        files.recorded("/srv/runs/archive/runs/r1/tasks/t/outputs/o/data"), "an old root that has a runs folder in it");
    assertEquals(Optional.empty(), files.recorded("/home/someone/old-place/.kfp4j/runs/r1/tasks/t/outputs/o/gone"));
  }

  /** A moved store's path through a task named "runs" still maps to that task's file. */
  @Test
  void recordedPathsThroughATaskNamedRunsMapUnderTheNewRoot() throws IOException {
    Path data = root.resolve("runs/r1/tasks/runs/outputs/o/data");
    Files.createDirectories(data.getParent());
    Files.writeString(data, "from the task named runs");
    assertEquals(Optional.of(data), files.recorded("/old/store/runs/r1/tasks/runs/outputs/o/data"));
  }

  /** Recorded paths that are not in the store, or climb out of it, map to nothing. */
  @Test
  void recordedPathsOutsideAreRefused() {
    assertEquals(Optional.empty(), files.recorded(null));
    assertEquals(Optional.empty(), files.recorded(outside.toString()));
    assertEquals(Optional.empty(), files.recorded("/etc/passwd"));
    assertEquals(Optional.empty(), files.recorded("/old/runs/../../" + outside));
    assertEquals(Optional.empty(), files.recorded("/old/store/runs/../../outside.txt"));
    assertEquals(Optional.empty(), files.recorded("runs/../../outside.txt"));
    assertEquals(Optional.empty(), files.recorded("/old/store/runs"), "runs alone names no file of a run");
  }

  /** A file with a NUL byte is binary. */
  @Test
  void aNulByteMeansBinary() throws IOException {
    Path file = write("blob", new byte[] {'a', 'b', 0, 'c'});
    StoreFiles.FileText read = StoreFiles.read(file, 100);
    assertTrue(read.binary());
    assertNull(read.text());
    assertEquals(4, read.size());
    assertFalse(read.cut());
  }

  /** Bytes that are not UTF-8 are binary. */
  @Test
  void invalidUtf8MeansBinary() throws IOException {
    assertTrue(StoreFiles.read(write("latin1", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)), 100).binary());
    assertTrue(StoreFiles.read(write("lone", new byte[] {'a', (byte) 0xC3, '(', 'b'}), 100).binary());
    assertTrue(StoreFiles.read(write("overlong", new byte[] {(byte) 0xC0, (byte) 0xAF}), 100).binary());
    assertTrue(StoreFiles.read(write("truncated-at-end", new byte[] {'a', (byte) 0xE2, (byte) 0x82}), 100).binary(),
        "a whole file that ends inside a character is not UTF-8");
  }

  /** UTF-8 text reads as text, with its size, not cut. */
  @Test
  void utf8TextReadsWhole() throws IOException {
    String text = "na\u00efve \u20ac \uD83D\uDE00 done\n";
    Path file = write("text", text.getBytes(StandardCharsets.UTF_8));
    StoreFiles.FileText read = StoreFiles.read(file, 1000);
    assertEquals(text, read.text());
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, read.size());
    assertFalse(read.cut());
    assertFalse(read.binary());
  }

  /** An empty file is empty text. */
  @Test
  void anEmptyFileIsEmptyText() throws IOException {
    StoreFiles.FileText read = StoreFiles.read(write("empty", new byte[0]), 10);
    assertEquals("", read.text());
    assertEquals(0, read.size());
    assertFalse(read.cut());
  }

  /** A file exactly as long as the limit is not cut; one byte more is. */
  @Test
  void sizeAndCutFlags() throws IOException {
    Path exact = write("exact", "0123456789".getBytes(StandardCharsets.UTF_8));
    StoreFiles.FileText whole = StoreFiles.read(exact, 10);
    assertEquals("0123456789", whole.text());
    assertFalse(whole.cut());
    assertEquals(10, whole.size());

    StoreFiles.FileText cut = StoreFiles.read(exact, 4);
    assertEquals("0123", cut.text());
    assertTrue(cut.cut());
    assertEquals(10, cut.size(), "the size is the whole file's");
  }

  /** A cut through any byte of a 2-, 3- or 4-byte character still reads as text: the text before it, whole. */
  @Test
  void aCutInsideAMultiByteCharacterIsStillText() throws IOException {
    for (String ch : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      byte[] one = ch.getBytes(StandardCharsets.UTF_8);
      String text = "ab" + ch + "cd";
      Path file = write("mb-" + one.length, text.getBytes(StandardCharsets.UTF_8));
      for (int inside = 1; inside < one.length; inside++) {
        int limit = 2 + inside;
        StoreFiles.FileText read = StoreFiles.read(file, limit);
        assertFalse(read.binary(), () -> one.length + "-byte char cut after " + limit + " bytes read as binary");
        assertEquals("ab", read.text(), ch + " cut after " + limit + " bytes");
        assertTrue(read.cut());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, read.size());
      }
    }
  }

  /** A cut just after a whole multi-byte character keeps that character. */
  @Test
  void aCutRightAfterAMultiByteCharacterKeepsIt() throws IOException {
    for (String ch : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      byte[] one = ch.getBytes(StandardCharsets.UTF_8);
      Path file = write("after-" + one.length, ("ab" + ch + "cd").getBytes(StandardCharsets.UTF_8));
      StoreFiles.FileText read = StoreFiles.read(file, 2 + one.length);
      assertEquals("ab" + ch, read.text(), () -> one.length + "-byte char right at the cut");
      assertTrue(read.cut());
    }
  }

  /** A cut through text that was never UTF-8 is still binary. */
  @Test
  void aCutThroughBinaryIsBinary() throws IOException {
    byte[] bytes = new byte[64];
    Arrays.fill(bytes, (byte) 0x80);
    assertTrue(StoreFiles.read(write("continuations", bytes), 16).binary());
  }

  /** The start of a long file is read, never the whole of it. */
  @Test
  void onlyTheStartIsRead() throws IOException {
    byte[] big = new byte[1_000_000];
    Arrays.fill(big, (byte) 'x');
    StoreFiles.FileText read = StoreFiles.read(write("big", big), 8192);
    assertEquals(8192, read.text().length());
    assertTrue(read.cut());
    assertEquals(1_000_000, read.size());
  }

  /** A log's end: whole when small, else its last bytes after a note of what came before. */
  @Test
  void tailReadsTheEndWithANoteWhenCut() throws IOException {
    assertEquals("line 1\nline 2\n", StoreFiles.tail(write("small.log", "line 1\nline 2\n".getBytes(
        StandardCharsets.UTF_8)), 100));
    String cut = StoreFiles.tail(write("big.log", "0123456789".repeat(3).getBytes(StandardCharsets.UTF_8)), 5);
    assertEquals("… (25 B before this)\n56789", cut);
  }

  /** A log in another encoding still shows, with replacement characters for what is not UTF-8. */
  @Test
  void tailShowsALogThatIsNotUtf8() throws IOException {
    byte[] latin1 = "caf\u00e9 ok\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("caf\ufffd ok\n", StoreFiles.tail(write("latin1.log", latin1), 100));
  }

  /** A path's name from the root uses / between names. */
  @Test
  void relativeNamesUseSlashes() {
    assertEquals("runs/r1/tasks/t/outputs/o/data", files.relative(root.resolve("runs/r1/tasks/t/outputs/o/data")));
    assertEquals(root.toAbsolutePath().normalize(), files.root());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = root.resolve("runs/r1/" + name);
    Files.write(file, bytes);
    return file;
  }
}
