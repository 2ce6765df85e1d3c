package app.coachroom.tenancy.domain;

import app.coachroom.shared.domain.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bootcamp. Mirrors one Keycloak organization, matched by the organization's alias. */
@Entity
@Table(name = "tenant")
public class Tenant {
  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64, unique = true)
  private String alias;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(String alias, String name, Instant now) {
    this.id = Ids.newId();
    this.alias = alias;
    this.name = name;
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public String alias() {
    return alias;
  }

  public String name() {
    return name;
  }
}
