package app.coachroom.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.tenancy.domain.Invitee;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteeTest {

  @Test
  void addressesAreStrippedAndLowerCased() {
    Invitee invitee = Invitee.of("  Ada.Lovelace+cohort1@Example.ORG ", " Ada ", "Lovelace");
    assertEquals("ada.lovelace+cohort1@example.org", invitee.email());
    assertEquals("Ada", invitee.firstName());
  }

  @Test
  void everyProblemOfARowIsListedWithItsField() {
    assertEquals(
        List.of(
            "email:member.email.invalid",
            "firstName:member.name.formula",
            "lastName:member.lastName.required"),
        keys(Invitee.problems("@cmd", "+SUM(A1)", " ")));
    for (String bad :
        List.of(
            "plain",
            "a@b",
            "a@@b.io",
            "a b@c.io",
            "a@b..io",
            "a..b@c.io",
            "-a@b.io",
            "=1+1@b.io",
            "a@-b.io",
            "a@b.i0",
            "a\n@b.io")) {
      assertEquals(
          List.of("email:member.email.invalid"), keys(Invitee.problems(bad, "A", "B")), bad);
    }
    assertEquals(
        List.of("email:member.email.tooLong"),
        keys(Invitee.problems("a".repeat(250) + "@b.io", "A", "B")));
    assertEquals(
        List.of("firstName:member.firstName.tooLong", "lastName:member.name.control"),
        keys(Invitee.problems("a@b.io", "x".repeat(101), "Tab\tName")));
    for (String formula : List.of("=cmd", "+1", "-2", "@SUM(A1)")) {
      assertEquals(
          List.of("lastName:member.name.formula"),
          keys(Invitee.problems("a@b.io", "A", formula)),
          formula);
    }
    assertTrue(
        Invitee.problems("o'brien-smith@mail.example.co.uk", "Seán", "O'Brien-Smith").isEmpty());
  }

  private static List<String> keys(List<RuleViolationException> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }
}
