package app.coachroom.tenancy.domain;

import app.coachroom.shared.domain.ImageContent;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's logo for the top bar: PNG, JPEG, GIF or WebP, checked by content, at most {@link
 * #MAX_BYTES} and {@link #MAX_PIXELS_PER_SIDE} pixels a side. Keyed by the tenant; read only for
 * the caller's own tenant.
 */
@Entity
@Table(name = "tenant_logo")
public class TenantLogo {
  public static final int MAX_BYTES = 512 * 1024;
  public static final int MAX_PIXELS_PER_SIDE = 2000;

  @Id
  @Column(name = "tenant_id", length = 36)
  private String tenantId;

  @Column(name = "media_type", nullable = false, length = 20)
  private String mediaType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TenantLogo() {}

  /** A checked logo; refused with a "tenant.logo.*" message. */
  public static TenantLogo of(String tenantId, byte[] bytes, Instant now) {
    TenantLogo logo = new TenantLogo();
    logo.tenantId = tenantId;
    logo.replace(bytes, now);
    return logo;
  }

  public void replace(byte[] bytes, Instant now) {
    this.mediaType =
        ImageContent.check(bytes, MAX_BYTES, MAX_PIXELS_PER_SIDE, "logo", "tenant.logo");
    this.data = bytes.clone();
    this.updatedAt = now;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] data() {
    return data.clone();
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
