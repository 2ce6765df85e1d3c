package app.coachroom.tenancy.application;

import app.coachroom.identity.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One person in the tenant admin's members list. */
public record MemberRow(
    String id,
    String subject,
    String name,
    String email,
    List<Role> roles,
    String invitedBy,
    Instant invitationSentAt,
    Instant joinedAt,
    long version)
    implements Serializable {

  public boolean joined() {
    return joinedAt != null;
  }
}
