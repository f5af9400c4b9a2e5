package io.kfp4j.sdk.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a markdown text in one language, with the line each starts on.
 *
 * @param blocks the blocks in order
 */
record ReadmeSnippets(List<Block> blocks) {
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

  /**
   * One block.
   *
   * @param firstLine the markdown line of the block's first line of code (1-based)
   * @param code the code, lines joined with {@code \n}
   */
  record Block(int firstLine, String code) {
    /** The first top-level type the block declares ({@code [public] [final] class|interface|record|enum Name}). */
    String typeName() {
      Matcher m = Pattern.compile(
          "(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)").matcher(code);
      return m.find() ? m.group(1) : null;
    }

    /** The block's package, or {@code ""}. */
    String packageName() {
      Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(code);
      return m.find() ? m.group(1) : "";
    }
  }

  /** The blocks fenced with {@code ```language}. */
  static ReadmeSnippets of(String markdown, String language) {
    List<Block> found = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches() || open.group(1).isEmpty()) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.length && !lines[end].startsWith("```")) {
        end++;
      }
      if (open.group(1).equals(language)) {
        found.add(new Block(start + 1, String.join("\n", List.of(lines).subList(start, end))));
      }
      i = end;
    }
    return new ReadmeSnippets(List.copyOf(found));
  }
}
