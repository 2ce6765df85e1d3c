package app.coachroom.tenancy.application;

import java.io.Serializable;

/**
 * The tenant a request works in: enough to show it and to scope every query by it.
 *
 * @param logoStamp when its logo last changed (epoch milliseconds), or null without a logo
 */
public record ActiveTenant(String id, String alias, String name, Long logoStamp)
    implements Serializable {

  public ActiveTenant(String id, String alias, String name) {
    this(id, alias, name, null);
  }
}
