package app.coachroom.tenancy;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.domain.InviteCsv;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteCsvTest {

  @Test
  void readsQuotedValuesAnyColumnOrderSemicolonsAndABom() {
    List<InviteCsv.Row> rows =
        read(
            "\uFEFFRole,E-Mail,First Name,Last Name\r\n"
                + "student,ada@example.org,Ada,\"Lovelace, Countess\"\r\n"
                + "\r\n"
                + "Tenant Admin,bob@example.org,\"Bob \"\"the Builder\"\"\",Smith\r\n",
            UTF_8);
    assertEquals(2, rows.size());
    assertEquals("Lovelace, Countess", rows.get(0).lastName());
    assertEquals(Role.STUDENT, rows.get(0).role());
    assertEquals(2, rows.get(0).line());
    assertEquals("Bob \"the Builder\"", rows.get(1).firstName());
    assertEquals(Role.TENANT_ADMIN, rows.get(1).role());
    assertEquals(4, rows.get(1).line());
    assertTrue(rows.stream().allMatch(InviteCsv.Row::ok));

    List<InviteCsv.Row> semicolons =
        read("email;first_name;last_name;role\nzoe@example.org;Zoë;Ünal;coach\n", UTF_8);
    assertEquals("Zoë", semicolons.get(0).firstName());
    assertEquals(Role.COACH, semicolons.get(0).role());
  }

  @Test
  void eachRowListsItsOwnProblems() {
    List<InviteCsv.Row> rows =
        read(
            "email,first_name,last_name,role\n"
                + "ok@example.org,Okay,Person,student\n"
                + "not-an-address,=cmd|' /C calc'!A0,Person,student\n"
                + "OK@example.org,Again,Person,coach\n"
                + "x@example.org,X,Y,janitor\n"
                + "short@example.org,Only three\n",
            UTF_8);
    assertEquals(List.of(), keys(rows.get(0)));
    assertEquals(List.of("member.email.invalid", "member.name.formula"), keys(rows.get(1)));
    assertEquals(List.of("csv.row.duplicate"), keys(rows.get(2)));
    assertEquals(2, rows.get(2).problems().get(0).args()[0], "points at the earlier row's line");
    assertEquals(List.of("csv.row.role"), keys(rows.get(3)));
    assertEquals(List.of("csv.row.columns"), keys(rows.get(4)));
  }

  @Test
  void fileProblemsRefuseTheWholeFile() {
    assertRefused("csv.empty", new byte[0]);
    assertRefused("csv.empty", "\n \n".getBytes(UTF_8));
    assertRefused("csv.noRows", "email,first_name,last_name,role\n".getBytes(UTF_8));
    assertRefused("csv.header", "mail,name,role\nx@y.io,X,student\n".getBytes(UTF_8));
    assertRefused(
        "csv.header",
        "email,first_name,last_name,role,extra\nx@y.io,X,Y,student,1\n".getBytes(UTF_8));
    assertRefused(
        "csv.encoding",
        "email,first_name,last_name,role\nx@y.io,Zoë,Y,student\n"
            .getBytes(Charset.forName("windows-1252")));
    assertRefused("csv.encoding", "email,first_name,last_name,role\n".getBytes(UTF_16));
    assertRefused(
        "csv.quote", "email,first_name,last_name,role\nx@y.io,\"open,Y,student\n".getBytes(UTF_8));
    StringBuilder many = new StringBuilder("email,first_name,last_name,role\n");
    for (int i = 0; i <= InviteCsv.MAX_ROWS; i++) {
      many.append("p").append(i).append("@example.org,P,Q,student\n");
    }
    RuleViolationException tooMany =
        assertRefused("csv.tooManyRows", many.toString().getBytes(UTF_8));
    assertEquals(InviteCsv.MAX_ROWS + 1, tooMany.args()[0]);
    assertRefused("csv.tooBig", new byte[InviteCsv.MAX_BYTES + 1]);
  }

  private static List<InviteCsv.Row> read(String text, Charset charset) {
    return InviteCsv.read(text.getBytes(charset));
  }

  private static List<String> keys(InviteCsv.Row row) {
    return row.problems().stream().map(RuleViolationException::messageKey).toList();
  }

  private static RuleViolationException assertRefused(String key, byte[] file) {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> InviteCsv.read(file));
    assertEquals(key, e.messageKey());
    return e;
  }
}
