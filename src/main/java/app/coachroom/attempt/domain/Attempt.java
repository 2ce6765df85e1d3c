package app.coachroom.attempt.domain;

import app.coachroom.assignment.domain.Deadline;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One student's sitting of an assigned interview. The server keeps its clock: questions come one at
 * a time, each with its preparation then answer time; a question whose time is over is behind the
 * student for good, and when the overall time is over the attempt is handed in with what was saved.
 * The clock is computed from stored instants, so a closed tab or a restarted server loses nothing:
 * the next request catches up.
 */
@Entity
@Table(name = "attempt")
public class Attempt extends TenantOwned {
  @Version private long version;

  @Column(name = "assignment_id", length = 36, nullable = false, updatable = false)
  private String assignmentId;

  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "template_version_id", length = 36, nullable = false, updatable = false)
  private String templateVersionId;

  @Column(name = "time_multiplier", nullable = false, updatable = false, precision = 3, scale = 2)
  private BigDecimal timeMultiplier;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "late_after", nullable = false, updatable = false)
  private Instant lateAfter;

  @Column(nullable = false)
  private int position;

  @Column(name = "position_started_at", nullable = false)
  private Instant positionStartedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttemptStatus status;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "auto_points")
  private Integer autoPoints;

  @Column(name = "auto_max")
  private Integer autoMax;

  protected Attempt() {}

  /**
   * Starts an attempt now. It ends when the overall limit (extra time applied) is over; when late
   * work is refused, at the late cut-off at the latest, so it is handed in while it still counts.
   */
  public static Attempt begin(
      String assignmentId,
      String subject,
      int number,
      String templateVersionId,
      BigDecimal timeMultiplier,
      int overallSeconds,
      Deadline deadline,
      Instant now) {
    Attempt a = new Attempt(now);
    a.assignmentId = assignmentId;
    a.subject = subject;
    a.number = number;
    a.templateVersionId = templateVersionId;
    a.timeMultiplier = timeMultiplier;
    a.startedAt = now;
    Instant limit = now.plusSeconds(overallSeconds);
    a.lateAfter = deadline.lateAfter();
    a.endsAt =
        deadline.latePolicy() == LatePolicy.REFUSE && a.lateAfter.isBefore(limit)
            ? a.lateAfter
            : limit;
    a.position = 0;
    a.positionStartedAt = now;
    a.status = AttemptStatus.IN_PROGRESS;
    return a;
  }

  private Attempt(Instant now) {
    super(now);
  }

  /** Where the attempt stands at {@code now}, without changing it. */
  public Moment at(List<QuestionTime> times, Instant now) {
    if (status == AttemptStatus.SUBMITTED) {
      return new Moment(Phase.SUBMITTED, position, positionStartedAt, null, endsAt, now);
    }
    int pos = position;
    Instant since = positionStartedAt;
    while (pos < times.size()) {
      QuestionTime time = times.get(pos);
      Instant answerUntil = since.plusSeconds(time.prepSeconds() + (long) time.answerSeconds());
      if (now.isBefore(answerUntil)) {
        break;
      }
      pos++;
      since = answerUntil;
    }
    if (!now.isBefore(endsAt)) {
      return new Moment(Phase.TIME_UP, pos, since, null, endsAt, now);
    }
    if (pos == times.size()) {
      return new Moment(Phase.REVIEWING, pos, since, endsAt, endsAt, now);
    }
    QuestionTime time = times.get(pos);
    Instant answerFrom = since.plusSeconds(time.prepSeconds());
    if (now.isBefore(answerFrom)) {
      return new Moment(Phase.PREPARING, pos, since, earlier(answerFrom), endsAt, now);
    }
    return new Moment(
        Phase.ANSWERING,
        pos,
        since,
        earlier(answerFrom.plusSeconds(time.answerSeconds())),
        endsAt,
        now);
  }

  private Instant earlier(Instant phaseEnd) {
    return phaseEnd.isBefore(endsAt) ? phaseEnd : endsAt;
  }

  /** Moves past every question whose time ran out; returns where the attempt now stands. */
  public Moment catchUp(List<QuestionTime> times, Instant now) {
    Moment moment = at(times, now);
    if (moment.phase() != Phase.SUBMITTED && moment.position() != position) {
      position = moment.position();
      positionStartedAt = moment.positionStartedAt();
    }
    return moment;
  }

  /**
   * Ends the preparation of the question at {@code at} early. Anything else (another question, the
   * answer time already running, a repeated request) changes nothing.
   */
  public Moment startAnswering(int at, List<QuestionTime> times, Instant now) {
    Moment moment = catchUp(times, now);
    if (moment.phase() == Phase.PREPARING && moment.position() == at) {
      positionStartedAt = now.minusSeconds(times.get(at).prepSeconds());
      return at(times, now);
    }
    return moment;
  }

  /**
   * Leaves the question at {@code at} for good and starts the next one (or the review). A repeated
   * request for a question already left changes nothing.
   */
  public Moment moveOn(int at, List<QuestionTime> times, Instant now) {
    Moment moment = catchUp(times, now);
    if ((moment.phase() == Phase.PREPARING || moment.phase() == Phase.ANSWERING)
        && moment.position() == at) {
      position = at + 1;
      positionStartedAt = now;
      return at(times, now);
    }
    return moment;
  }

  /**
   * Hands the attempt in at {@code at} (the moment the clock ran out, for an attempt handed in by
   * time) with the points of its automatically scored questions. It is late when handed in after
   * the late cut-off.
   */
  public void submit(Instant at, int points, int maxPoints) {
    if (status == AttemptStatus.SUBMITTED) {
      return;
    }
    Instant when = at.isAfter(endsAt) ? endsAt : at;
    status = AttemptStatus.SUBMITTED;
    submittedAt = when;
    late = when.isAfter(lateAfter);
    autoPoints = points;
    autoMax = maxPoints;
  }

  public boolean isSubmitted() {
    return status == AttemptStatus.SUBMITTED;
  }

  public long version() {
    return version;
  }

  public String assignmentId() {
    return assignmentId;
  }

  public String subject() {
    return subject;
  }

  public int number() {
    return number;
  }

  public String templateVersionId() {
    return templateVersionId;
  }

  public BigDecimal timeMultiplier() {
    return timeMultiplier;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  /** The late cut-off of the deadline the attempt was started under. */
  public Instant lateAfter() {
    return lateAfter;
  }

  public int position() {
    return position;
  }

  public AttemptStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public Integer autoPoints() {
    return autoPoints;
  }

  public Integer autoMax() {
    return autoMax;
  }
}
