package app.coachroom.shared.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * CSV files people download (members, audit log): UTF-8 with a byte-order mark so Excel reads
 * accents, CRLF line ends, RFC 4180 quoting, and no cell a spreadsheet would run as a formula — a
 * value starting with = + - @ tab or carriage return gets a leading apostrophe (OWASP's advice on
 * CSV injection), so a name like {@code =HYPERLINK(...)} stays text.
 */
public final class CsvFile {
  private CsvFile() {}

  /** The file's bytes: header, then rows. */
  public static byte[] of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder("\uFEFF").append(line(header));
    rows.forEach(row -> text.append(line(row)));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One value, safe for spreadsheets and quoted when it must be. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0
            || safe.indexOf(';') >= 0
            || !safe.equals(safe.strip());
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
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

  private static String line(List<String> values) {
    return values.stream().map(CsvFile::cell).collect(Collectors.joining(",")) + "\r\n";
  }
}
