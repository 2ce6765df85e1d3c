package app.coachroom.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * CSV files people download (members, audit log, grades), written by Apache Commons CSV: UTF-8 with
 * a byte-order mark so Excel reads accents, CRLF line ends, RFC 4180 quoting where a value needs
 * it, and no cell a spreadsheet would run as a formula — a value starting with = + - @ tab or
 * carriage return gets a leading apostrophe (OWASP's advice on CSV injection), so a name like
 * {@code =HYPERLINK(...)} stays text.
 */
public final class CsvFile {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

  private CsvFile() {}

  /** The file's bytes: header, then rows. */
  public static byte[] of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(header.stream().map(CsvFile::inert));
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvFile::inert));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The value as a spreadsheet shows it but never runs it. */
  static String inert(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** A download of the bytes under the file name, as text/csv. */
  public static StreamedContent download(String fileName, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
