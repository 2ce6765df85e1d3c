package app.coachroom.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Where the kernel reads what a person holds in the active tenant; the tenancy feature implements
 * it over its membership tables, so the kernel depends on no feature.
 */
public interface Memberships {

  /** What a person chose for themselves in a bootcamp; empty means the bootcamp's. */
  record Choices(Optional<String> timezone, Optional<String> language) {
    public static final Choices NONE = new Choices(Optional.empty(), Optional.empty());
  }

  /** The subject's roles in the caller's active tenant. */
  Set<Role> rolesOf(String subject);

  /** The zone and language the subject chose in the caller's active tenant, read at once. */
  Choices choices(String subject);
}
