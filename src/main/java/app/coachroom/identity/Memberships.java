package app.coachroom.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Where the kernel reads what a person holds in the active tenant; the tenancy feature implements
 * it over its membership tables, so the kernel depends on no feature.
 */
public interface Memberships {

  /** The subject's roles in the caller's active tenant. */
  Set<Role> rolesOf(String subject);

  /** The zone the subject chose to see times in, in the caller's active tenant. */
  Optional<String> personalTimezone(String subject);
}
