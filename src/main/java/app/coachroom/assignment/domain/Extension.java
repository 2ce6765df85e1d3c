package app.coachroom.assignment.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One student's later due time for one assignment; always later than the assignment's own. */
@Entity
@Table(name = "assignment_extension")
public class Extension extends TenantOwned {
  @Column(name = "assignment_id", length = 36, nullable = false, updatable = false)
  private String assignmentId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "granted_by", nullable = false, length = 64)
  private String grantedBy;

  protected Extension() {}

  Extension(String assignmentId, String subject, Instant dueAt, String grantedBy, Instant now) {
    super(now);
    this.assignmentId = assignmentId;
    this.subject = subject;
    this.dueAt = dueAt;
    this.grantedBy = grantedBy;
  }

  void moveTo(Instant newDueAt, String by) {
    this.dueAt = newDueAt;
    this.grantedBy = by;
  }

  public String assignmentId() {
    return assignmentId;
  }

  public String subject() {
    return subject;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String grantedBy() {
    return grantedBy;
  }
}
