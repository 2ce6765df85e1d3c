package app.coachroom.shared.persistence;

import app.coachroom.shared.domain.Ids;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Lookup by ID for tenant-owned rows. The row's tenant is compared with the caller's here, on top
 * of Hibernate's @TenantId, so a hole in one check is caught by the other; malformed IDs are not
 * looked up at all.
 */
public final class TenantRows {
  private TenantRows() {}

  public static <T extends TenantOwned> Optional<T> find(
      EntityManager em, Class<T> type, String id, String tenantId) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(type, id)).filter(row -> row.tenantId().equals(tenantId));
  }
}
