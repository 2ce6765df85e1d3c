package app.coachroom.identity;

/** A person's role inside one tenant. Stored as a membership; one person may hold several. */
public enum Role {
  TENANT_ADMIN,
  COACH,
  STUDENT
}
