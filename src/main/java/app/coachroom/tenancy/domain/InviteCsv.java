package app.coachroom.tenancy.domain;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bulk-invitation file, read and checked completely before anything is written: UTF-8 text (a
 * byte-order mark is fine), comma- or semicolon-separated as RFC 4180 (quoted values may hold the
 * separator and doubled quotes; read by Apache Commons CSV), a header naming the columns email,
 * first_name, last_name and role in any order, then one person per line. The file's own problems
 * (size, encoding, header) refuse it whole; each row lists its own problems.
 */
public final class InviteCsv {
  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 500;

  private static final List<String> COLUMNS = List.of("email", "first_name", "last_name", "role");

  /** One person of the file, its line number, what it asks for and what is wrong with it. */
  public record Row(
      int line,
      String email,
      String firstName,
      String lastName,
      String roleText,
      Role role,
      List<RuleViolationException> problems) {

    public boolean ok() {
      return problems.isEmpty();
    }

    /** The checked invitee; only for rows without problems. */
    public Invitee invitee() {
      return Invitee.of(email, firstName, lastName);
    }
  }

  /** One line (or several, if a quoted value spans them) of the file. */
  record Line(int number, List<String> values) {
    boolean blank() {
      return values.stream().allMatch(String::isBlank);
    }
  }

  private InviteCsv() {}

  /** The file's rows, each with its problems; the file's own problems are thrown. */
  public static List<Row> read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new RuleViolationException("file", "csv.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RuleViolationException("file", "csv.tooBig", MAX_BYTES / 1024);
    }
    List<Line> records = records(decode(bytes));
    records.removeIf(Line::blank);
    if (records.isEmpty()) {
      throw new RuleViolationException("file", "csv.empty");
    }
    int[] positions = header(records.get(0));
    int rowCount = records.size() - 1;
    if (rowCount == 0) {
      throw new RuleViolationException("file", "csv.noRows");
    }
    if (rowCount > MAX_ROWS) {
      throw new RuleViolationException("file", "csv.tooManyRows", rowCount, MAX_ROWS);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Line record : records.subList(1, records.size())) {
      rows.add(row(record, positions, seen));
    }
    return rows;
  }

  private static Row row(Line record, int[] positions, Map<String, Integer> seen) {
    int line = record.number();
    List<String> values = record.values();
    if (values.size() != COLUMNS.size()) {
      return new Row(
          line,
          values.isEmpty() ? "" : values.get(0),
          "",
          "",
          "",
          null,
          List.of(
              new RuleViolationException(null, "csv.row.columns", values.size(), COLUMNS.size())));
    }
    String email = values.get(positions[0]);
    String firstName = values.get(positions[1]);
    String lastName = values.get(positions[2]);
    String roleText = values.get(positions[3]);
    List<RuleViolationException> problems =
        new ArrayList<>(Invitee.problems(email, firstName, lastName));
    Role role = role(roleText);
    if (role == null) {
      problems.add(new RuleViolationException("role", "csv.row.role", roleText.strip()));
    }
    String address = Invitee.normalEmail(email);
    Integer earlier = address.isEmpty() ? null : seen.putIfAbsent(address, line);
    if (earlier != null) {
      problems.add(new RuleViolationException("email", "csv.row.duplicate", earlier));
    }
    return new Row(
        line,
        email.strip(),
        firstName.strip(),
        lastName.strip(),
        roleText.strip(),
        role,
        List.copyOf(problems));
  }

  /** student, coach or tenant-admin (also "tenant admin", "tenant_admin", "admin"), any case. */
  static Role role(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    return switch (key) {
      case "student" -> Role.STUDENT;
      case "coach" -> Role.COACH;
      case "tenant-admin", "admin" -> Role.TENANT_ADMIN;
      default -> null;
    };
  }

  /** Where each expected column is; refuses a header that is not exactly those four. */
  private static int[] header(Line record) {
    List<String> names =
        record.values().stream()
            .map(n -> n.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("-", "_"))
            .map(n -> n.equals("firstname") ? "first_name" : n.equals("lastname") ? "last_name" : n)
            .map(n -> n.equals("e_mail") ? "email" : n)
            .toList();
    int[] positions = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      positions[i] = names.indexOf(COLUMNS.get(i));
    }
    boolean complete =
        names.size() == COLUMNS.size() && Arrays.stream(positions).allMatch(p -> p >= 0);
    if (!complete) {
      throw new RuleViolationException("file", "csv.header", String.join(", ", record.values()));
    }
    return positions;
  }

  private static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new RuleViolationException("file", "csv.encoding");
    }
  }

  /**
   * The records of the text with the line each starts on, read by Apache Commons CSV as RFC 4180
   * (blank lines kept, so line numbers match the file; text after a closing quote kept as typed). A
   * header with semicolons and no commas makes the semicolon the separator (Excel in many European
   * locales).
   */
  static List<Line> records(String text) {
    String firstLine = text.lines().findFirst().orElse("");
    char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    List<Line> records = new ArrayList<>();
    long linesBefore = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        records.add(new Line((int) linesBefore + 1, record.toList()));
        linesBefore = parser.getCurrentLineNumber();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // the only malformed input left with trailing data allowed: a quote never closed
      throw new RuleViolationException("file", "csv.quote", (int) linesBefore + 1);
    }
    return records;
  }
}
