package app.coachroom.tenancy.application;

import java.io.Serializable;

/** The tenant a request works in: enough to show it and to scope every query by it. */
public record ActiveTenant(String id, String alias, String name) implements Serializable {}
