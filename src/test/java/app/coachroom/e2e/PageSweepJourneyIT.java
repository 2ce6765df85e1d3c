package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.e2e.SweepData.Ids;
import app.coachroom.e2e.SweptPage.Who;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every page (SweptPage) as every role and signed out, with no ID, a malformed one, another
 * bootcamp's, one of the same bootcamp the role may not use and a good one. Expected, in this
 * order: signed out, off to Keycloak; the platform admin on a bootcamp's page, off to "no
 * bootcamp"; 403 for a role the page is not for, whatever the ID; 404 for a missing, malformed,
 * foreign or refused object; else the page (after at most one redirect within the app, as an
 * attempt's pages send to the one for its phase), checked by axe once per page on each server (the
 * servers' Faces implementations are not the same build, so their markup may differ). Each role
 * signs in once; every mismatch is listed at the end.
 */
class PageSweepJourneyIT extends Journey {
  private static final String MALFORMED = "not-an-id";

  private static final Map<Who, String> USERS =
      Map.of(
          Who.PLATFORM_ADMIN, "platform.admin",
          Who.TENANT_ADMIN, "admin.demo",
          Who.COACH, "coach.demo",
          Who.STUDENT, "student.demo");

  /** One request of the sweep: the query and what it should get. */
  private record Case(String query, int status, String what) {}

  @Test
  void everyPageAnswersEveryRoleInTheRightOrder() throws Exception {
    SweepData data = SweepData.prepare();
    Map<Who, Browser> browsers = new EnumMap<>(Who.class);
    for (Who who : USERS.keySet()) {
      Browser browser = browser();
      browser.signIn(USERS.get(who));
      browsers.put(who, browser);
    }
    makeAttempts(browsers.get(Who.STUDENT), data);

    List<String> wrong = new ArrayList<>();
    Set<SweptPage> checked = EnumSet.noneOf(SweptPage.class);
    for (Who who : Who.values()) {
      Browser browser = browsers.get(who);
      RawHttp http = browser == null ? RawHttp.signedOut() : new RawHttp(browser);
      for (SweptPage page : SweptPage.values()) {
        for (Case c : cases(page, who, data)) {
          String url = page.path + c.query();
          String got = answer(http, url, c.status());
          if (got != null) {
            wrong.add(who + " " + url + " (" + c.what() + "): " + got);
          } else if (c.status() == 200 && checked.add(page)) {
            browser.open(url);
            accessible(browser, page, wrong);
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " answers were wrong:\n" + String.join("\n", wrong));
    assertTrue(
        checked.containsAll(EnumSet.allOf(SweptPage.class)),
        "never rendered: " + EnumSet.complementOf(EnumSet.copyOf(checked)));
  }

  /**
   * student.demo starts an attempt of the sweep's interview and leaves it open; the sweep copies it
   * as handed in, and both where they may not be used.
   */
  private static void makeAttempts(Browser student, SweepData data) throws Exception {
    student.open("attempt/start.xhtml?assignment=" + data.sweepAssignment());
    data.attempts(begin(student));
  }

  /** The requests for a page as one role, each with what it should get. */
  private static List<Case> cases(SweptPage page, Who who, SweepData data) {
    List<Case> cases = new ArrayList<>();
    SweptPage.Param param = page.param;
    if (param == null) {
      cases.add(new Case("", expected(page, who, 200), "no ID"));
      return cases;
    }
    Ids ids = data.of(param.kind());
    String beside =
        param.besideName() == null
            ? ""
            : "&" + param.besideName() + "=" + data.of(param.besideKind()).valid();
    String query = "?" + param.name() + "=";
    cases.add(
        new Case(
            beside.isEmpty() ? "" : "?" + beside.substring(1),
            expected(page, who, param.optional() ? 200 : 404),
            "no ID"));
    cases.add(new Case(query + MALFORMED + beside, expected(page, who, 404), "malformed ID"));
    if (ids.foreign() != null) {
      cases.add(new Case(query + ids.foreign() + beside, expected(page, who, 404), "foreign ID"));
    }
    if (ids.denied() != null && param.deniedTo().contains(who)) {
      cases.add(
          new Case(
              query + ids.denied() + beside,
              expected(page, who, param.deniedStatus()),
              "an ID not for this role"));
    }
    cases.add(new Case(query + ids.valid() + beside, expected(page, who, 200), "good ID"));
    return cases;
  }

  /** What the role gets, given what a role the page is for would get. */
  private static int expected(SweptPage page, Who who, int forAllowed) {
    if (who == Who.SIGNED_OUT) {
      return 302;
    }
    if (who == Who.PLATFORM_ADMIN && !page.access.platform()) {
      return 302;
    }
    return page.access.roles().contains(who) ? forAllowed : 403;
  }

  /** Null when the page answered as expected, else what it did. */
  private static String answer(RawHttp http, String url, int expected) throws Exception {
    RawHttp.Response response = http.exchange("GET", "/coachroom/" + url, Map.of(), new byte[0]);
    if (expected == 302) {
      boolean away =
          response.status() == 302
              && response.location() != null
              && (response.location().contains("/realms/coachroom/")
                  || response.location().endsWith("/tenancy/no-tenant.xhtml"));
      return away ? null : response.status() + " to " + response.location();
    }
    if (expected == 200 && isRedirectWithinTheApp(response)) {
      String next = response.location().substring(response.location().indexOf("/coachroom/"));
      response = http.exchange("GET", next, Map.of(), new byte[0]);
    }
    return response.status() == expected
        ? null
        : response.status() + (response.location() == null ? "" : " to " + response.location());
  }

  private static boolean isRedirectWithinTheApp(RawHttp.Response response) {
    return (response.status() == 302 || response.status() == 303)
        && response.location() != null
        && response.location().contains("/coachroom/")
        && !response.location().contains("/realms/");
  }

  private static void accessible(Browser browser, SweptPage page, List<String> wrong) {
    try {
      if (EnumSet.of(SweptPage.TAKE, SweptPage.REVIEW, SweptPage.ATTEMPT, SweptPage.GRADE)
          .contains(page)) {
        // axe's color-contrast rule crashes Chromium's tab beside the Monaco editor
        browser.assertAccessibleWithout("color-contrast");
      } else {
        browser.assertAccessible();
      }
    } catch (Exception | AssertionError e) {
      wrong.add(page.path + ": " + e.getMessage());
    }
  }
}
