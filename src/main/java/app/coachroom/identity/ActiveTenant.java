package app.coachroom.identity;

import java.io.Serializable;

/**
 * The tenant a request works in: enough to show it and to scope every query by it.
 *
 * @param logoStamp changes whenever its logo changes (the tenant row's version), null without one
 * @param timezone the zone its pages show times in
 * @param locale the language tag its pages format dates with
 */
public record ActiveTenant(
    String id, String alias, String name, Long logoStamp, String timezone, String locale)
    implements Serializable {

  /** A tenant without a logo, in UTC and English (tests, bootstrap code). */
  public ActiveTenant(String id, String alias, String name) {
    this(id, alias, name, null, "UTC", "en");
  }
}
