package app.coachroom.audit.domain;

import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited action in one tenant, maybe in one cohort and about one person. Never changed. */
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

  @Column(name = "cohort_id", length = 36, updatable = false)
  private String cohortId;

  @Column(name = "about_subject", length = 64, updatable = false)
  private String aboutSubject;

  @Column(length = TARGET_MAX, updatable = false)
  private String target;

  @Column(name = "before_value", length = DETAIL_MAX, updatable = false)
  private String before;

  /** The value after the action, or a note. */
  @Column(length = DETAIL_MAX, updatable = false)
  private String detail;

  protected AuditEvent() {}

  /**
   * @param action what was done, in which tenant (set explicitly: the platform admin acts from
   *     outside any tenant)
   */
  public AuditEvent(Audited action, String actorSubject, String actorName, Instant now) {
    super(now);
    assignTenant(action.tenantId());
    this.actorSubject = actorSubject;
    this.actorName = Texts.cut(actorName == null ? actorSubject : actorName, 200);
    this.action = action.action();
    this.cohortId = action.cohortId();
    this.aboutSubject = action.about();
    this.target = cut(action.target(), TARGET_MAX);
    this.before = cut(action.before(), DETAIL_MAX);
    this.detail = cut(action.detail(), DETAIL_MAX);
  }

  private static String cut(String text, int max) {
    return text == null ? null : Texts.cut(text, max);
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

  public String cohortId() {
    return cohortId;
  }

  public String aboutSubject() {
    return aboutSubject;
  }

  public String target() {
    return target;
  }

  public String before() {
    return before;
  }

  public String detail() {
    return detail;
  }
}
