package io.kfp4j.ui.internal.viz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV text read row by row, as KFP's UI reads it: no header line, blank lines skipped, surrounding whitespace of
 * the whole text ignored.
 */
final class Csv {

  /** Receives each row, numbered from 1. */
  @FunctionalInterface
  interface RowHandler {
    void row(int number, List<String> cells) throws InvalidInput;
  }

  /**
   * The first rows kept in memory and facts about all of them.
   *
   * @param rows at most the requested number of rows, in order
   * @param total how many rows the text has
   * @param ragged numbers of the first few rows whose width differs from the expected one
   * @param raggedCount how many rows have another width
   */
  record Rows(List<List<String>> rows, int total, List<Integer> ragged, int raggedCount) {}

  private static final int RAGGED_LISTED = 5;

  private static final ObjectReader READER = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .readerForListOf(String.class);

  private Csv() {}

  /**
   * Calls {@code handler} with every row of {@code text}.
   *
   * @param field the field named in a problem when the text is not CSV
   * @return the number of rows
   */
  static int forEach(String text, String field, RowHandler handler) throws InvalidInput {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int skippedLines = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
    String stripped = text.strip();
    int number = 0;
    try (MappingIterator<List<String>> rows = READER.readValues(stripped)) {
      while (rows.hasNextValue()) {
        List<String> cells = rows.nextValue();
        handler.row(++number, cells == null ? List.of() : cells.stream().map(c -> c == null ? "" : c).toList());
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInput(field, "not valid CSV" + where(e.getLocation(), skippedLines) + ": "
          + Json.message(e)
          + "; expected comma-separated values, with values holding commas, quotes or line breaks quoted"
          + " (\"a, b\") and quotes inside them doubled (\"\")");
    } catch (IOException e) {
      throw new InvalidInput(field, "cannot be read as CSV: " + e.getMessage());
    }
    return number;
  }

  /**
   * Reads {@code text}, keeping the first {@code keep} rows.
   *
   * @param width the expected number of values a row; negative to expect the first row's width
   */
  static Rows read(String text, String field, int keep, int width) throws InvalidInput {
    List<List<String>> kept = new ArrayList<>();
    List<Integer> ragged = new ArrayList<>();
    int[] expected = {width};
    int[] raggedCount = {0};
    int total = forEach(text, field, (number, cells) -> {
      if (expected[0] < 0) {
        expected[0] = cells.size();
      }
      if (cells.size() != expected[0]) {
        raggedCount[0]++;
        if (ragged.size() < RAGGED_LISTED) {
          ragged.add(number);
        }
      }
      if (kept.size() < keep) {
        kept.add(List.copyOf(cells));
      }
    });
    return new Rows(List.copyOf(kept), total, List.copyOf(ragged), raggedCount[0]);
  }

  private static String where(JsonLocation location, int skippedLines) {
    return location == null || location.getLineNr() < 1 ? "" : " at line " + (location.getLineNr() + skippedLines);
  }
}
