package app.coachroom.tenancy.application;

import java.io.Serializable;
import java.time.Instant;

/** A tenant as the platform admin's list shows it. */
public record TenantSummary(
    String id,
    String alias,
    String name,
    String timezone,
    String locale,
    boolean active,
    long members,
    Instant createdAt,
    long version)
    implements Serializable {}
