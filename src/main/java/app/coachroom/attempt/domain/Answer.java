package app.coachroom.attempt.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A student's latest saved answer to one question of an attempt. Its revision grows by one with
 * every change: a save must name the revision it was based on, so a tab that missed a newer save
 * cannot overwrite it, while a repeated save of the same text is accepted as already done.
 */
@Entity
@Table(name = "answer")
public class Answer extends TenantOwned {
  @Column(name = "attempt_id", length = 36, nullable = false, updatable = false)
  private String attemptId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String body;

  @Column(nullable = false)
  private int revision;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "points")
  private Integer points;

  @Column(name = "max_points")
  private Integer maxPoints;

  protected Answer() {}

  public Answer(String attemptId, int position, String body, Instant now) {
    super(now);
    this.attemptId = attemptId;
    this.position = position;
    this.body = body;
    this.revision = 1;
    this.savedAt = now;
  }

  /**
   * Replaces the answer if the save was based on the current revision. Returns false, changing
   * nothing, when it was based on an older one and says something else (a stale tab).
   */
  public boolean replace(int basedOn, String newBody, Instant now) {
    if (basedOn != revision) {
      return newBody.equals(body);
    }
    if (!newBody.equals(body)) {
      body = newBody;
      revision++;
      savedAt = now;
    }
    return true;
  }

  public void score(int gained, int max) {
    this.points = gained;
    this.maxPoints = max;
  }

  public String attemptId() {
    return attemptId;
  }

  public int position() {
    return position;
  }

  public String body() {
    return body;
  }

  public int revision() {
    return revision;
  }

  public Instant savedAt() {
    return savedAt;
  }

  public Integer points() {
    return points;
  }

  public Integer maxPoints() {
    return maxPoints;
  }
}
