package app.coachroom.tenancy.application;

import java.io.Serializable;

/**
 * The tenant a request works in: enough to show it and to scope every query by it.
 *
 * @param logoStamp changes whenever its logo changes (the tenant row's version), null without one
 */
public record ActiveTenant(String id, String alias, String name, Long logoStamp)
    implements Serializable {

  public ActiveTenant(String id, String alias, String name) {
    this(id, alias, name, null);
  }
}
