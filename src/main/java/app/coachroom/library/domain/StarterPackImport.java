package app.coachroom.library.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** That (and when, and by whom) a tenant imported the starter pack; at most one per tenant. */
@Entity
@Table(name = "starter_pack_import")
public class StarterPackImport extends TenantOwned {
  @Column(name = "pack_version", nullable = false)
  private int packVersion;

  @Column(name = "imported_by", nullable = false, length = 255)
  private String importedBy;

  protected StarterPackImport() {}

  public StarterPackImport(int packVersion, String importedBy, Instant now) {
    super(now);
    this.packVersion = packVersion;
    this.importedBy = importedBy;
  }

  public Instant importedAt() {
    return createdAt();
  }

  public int packVersion() {
    return packVersion;
  }
}
