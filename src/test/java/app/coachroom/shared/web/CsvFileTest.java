package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void formulaCellsStayTextAndSeparatorsAreQuoted() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", line("=HYPERLINK(\"x\")"));
    assertEquals("'+1,'-2,'@SUM(A1)", line("+1", "-2", "@SUM(A1)"));
    assertEquals("'\tx", line("\tx"));
    assertEquals("\"'\rx\"", line("\rx"));
    assertEquals("\"Lovelace, Ada\"", line("Lovelace, Ada"));
    assertEquals("\"two\nlines\"", line("two\nlines"));
    assertEquals("plain,,3-1", line("plain", null, "3-1"));
  }

  @Test
  void filesAreUtf8WithABomAndCrlf() {
    byte[] file = CsvFile.of(List.of("name", "email"), List.of(List.of("Zoë", "z@example.org")));
    assertEquals(
        "\uFEFFname,email\r\nZoë,z@example.org\r\n", new String(file, StandardCharsets.UTF_8));
  }

  /** The one data line a file of these values has, without its line end. */
  private static String line(String... values) {
    String file =
        new String(
            CsvFile.of(List.of("h"), List.of(Arrays.asList(values))), StandardCharsets.UTF_8);
    return file.substring("\uFEFFh\r\n".length(), file.length() - 2);
  }
}
