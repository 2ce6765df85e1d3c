package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void formulaCellsStayTextAndSeparatorsAreQuoted() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvFile.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvFile.cell("+1"));
    assertEquals("'-2", CsvFile.cell("-2"));
    assertEquals("'@SUM(A1)", CsvFile.cell("@SUM(A1)"));
    assertEquals("'\tx", CsvFile.cell("\tx"));
    assertEquals("\"Lovelace, Ada\"", CsvFile.cell("Lovelace, Ada"));
    assertEquals("\"a;b\"", CsvFile.cell("a;b"));
    assertEquals("\"two\nlines\"", CsvFile.cell("two\nlines"));
    assertEquals("plain", CsvFile.cell("plain"));
    assertEquals("", CsvFile.cell(null));
  }

  @Test
  void filesAreUtf8WithABomAndCrlf() {
    byte[] file = CsvFile.of(List.of("name", "email"), List.of(List.of("Zoë", "z@example.org")));
    assertEquals(
        "\uFEFFname,email\r\nZoë,z@example.org\r\n", new String(file, StandardCharsets.UTF_8));
  }
}
