package app.coachroom.audit.domain;

import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrative action in one tenant. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {
  public static final int TARGET_MAX = 300;
  public static final int DETAIL_MAX = 1000;

  /** Assigned by the database (AUTO_INCREMENT): the log's exact order. */
  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "actor_subject", nullable = false, length = 64, updatable = false)
  private String actorSubject;

  @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private AuditAction action;

  @Column(length = TARGET_MAX, updatable = false)
  private String target;

  @Column(length = DETAIL_MAX, updatable = false)
  private String detail;

  protected AuditEvent() {}

  /**
   * @param tenantId the tenant the action was about (set explicitly: the platform admin acts from
   *     outside any tenant)
   */
  public AuditEvent(
      String tenantId,
      String actorSubject,
      String actorName,
      AuditAction action,
      String target,
      String detail,
      Instant now) {
    super(now);
    assignTenant(tenantId);
    this.actorSubject = actorSubject;
    this.actorName = Texts.cut(actorName == null ? actorSubject : actorName, 200);
    this.action = action;
    this.target = target == null ? null : Texts.cut(target, TARGET_MAX);
    this.detail = detail == null ? null : Texts.cut(detail, DETAIL_MAX);
  }

  public String actorSubject() {
    return actorSubject;
  }

  public String actorName() {
    return actorName;
  }

  public AuditAction action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String detail() {
    return detail;
  }
}
