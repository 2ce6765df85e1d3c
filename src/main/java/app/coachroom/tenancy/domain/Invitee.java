package app.coachroom.tenancy.domain;

import app.coachroom.shared.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person to invite, checked: a plausible e-mail address (stored lower-case, it is also their
 * Keycloak user name) and both names. Names may not start like a spreadsheet formula ({@code = +
 * - @}), so a member list exported later cannot carry one into Excel.
 */
public record Invitee(String email, String firstName, String lastName) {
  public static final int EMAIL_MAX = 254;
  public static final int NAME_MAX = 100;

  /**
   * Local part of letters, digits and the usual punctuation, starting with a letter or digit; a
   * domain of dot-separated labels with a top-level part of letters. Stricter than RFC 5322 on
   * purpose: quoted local parts and IP literals are not what bootcamp students use.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[a-z0-9][a-z0-9.!#$%&'*+/=?^_`{|}~-]{0,63}"
              + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** The checked invitee; refused with the first problem. */
  public static Invitee of(String email, String firstName, String lastName) {
    List<RuleViolationException> problems = problems(email, firstName, lastName);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return new Invitee(normalEmail(email), firstName.strip(), lastName.strip());
  }

  /** Every problem with these values, each naming its field (email, firstName, lastName). */
  public static List<RuleViolationException> problems(
      String email, String firstName, String lastName) {
    List<RuleViolationException> problems = new ArrayList<>();
    String address = normalEmail(email);
    if (address.isEmpty()) {
      problems.add(new RuleViolationException("email", "member.email.required"));
    } else if (address.length() > EMAIL_MAX) {
      problems.add(new RuleViolationException("email", "member.email.tooLong"));
    } else if (!EMAIL.matcher(address).matches() || address.contains("..")) {
      problems.add(new RuleViolationException("email", "member.email.invalid", address));
    }
    checkName(firstName, "firstName", problems);
    checkName(lastName, "lastName", problems);
    return problems;
  }

  private static void checkName(String raw, String field, List<RuleViolationException> problems) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      problems.add(new RuleViolationException(field, "member." + field + ".required"));
    } else if (name.length() > NAME_MAX) {
      problems.add(new RuleViolationException(field, "member." + field + ".tooLong"));
    } else if (startsLikeFormula(name)) {
      problems.add(new RuleViolationException(field, "member.name.formula", name));
    } else if (CONTROL.matcher(name).find()) {
      problems.add(new RuleViolationException(field, "member.name.control"));
    }
  }

  /**
   * True for text a spreadsheet would run as a formula (OWASP CSV injection's first characters).
   */
  public static boolean startsLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** The address as stored: stripped and lower-case. */
  public static String normalEmail(String raw) {
    return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
