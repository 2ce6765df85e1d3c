package app.coachroom.grading.web;

import app.coachroom.grading.application.GradingQueue;
import app.coachroom.grading.application.GradingService;
import app.coachroom.grading.application.QueueAssignment;
import app.coachroom.grading.application.QueueFilter;
import app.coachroom.grading.application.QueueRow;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Backs grading/queue.xhtml: the handed-in attempts of the cohorts the coach grades, oldest first,
 * filtered by cohort, assignment, state, lateness and who holds them, paged in SQL; a coach claims
 * an attempt so nobody else grades it by accident.
 */
@Named
@ViewScoped
public class GradingQueuePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GradingQueue queue;
  @Inject GradingService grading;
  @Inject Messages messages;

  private String cohortId;
  private String assignmentId;
  private QueueState state = QueueState.TO_GRADE;
  private boolean lateOnly;
  private boolean heldByMe;
  private List<QueueAssignment> assignments;

  private final LazyDataModel<QueueRow> rows =
      new PagedModel<>(
          () -> queue.count(filter()),
          (first, size) -> queue.page(filter(), first, size),
          QueueRow::attemptId);

  /** viewAction. */
  public void load() {
    if (assignments == null) {
      assignments = queue.assignments();
    }
  }

  public QueueFilter filter() {
    return new QueueFilter(cohortId, assignmentId, state, lateOnly, heldByMe);
  }

  public void claim(QueueRow row) {
    try {
      grading.claim(row.attemptId());
      messages.info("grading.claimed", row.studentName() == null ? "" : row.studentName());
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  /** Picking a cohort drops an assignment of another cohort. */
  public void cohortChanged() {
    if (assignmentId != null
        && cohortId != null
        && assignments.stream()
            .noneMatch(a -> a.id().equals(assignmentId) && a.cohortId().equals(cohortId))) {
      assignmentId = null;
    }
  }

  /** The cohorts the queue can show, by ID, named. */
  public Map<String, String> getCohorts() {
    Map<String, String> cohorts = new LinkedHashMap<>();
    assignments.forEach(a -> cohorts.putIfAbsent(a.cohortId(), a.cohortName()));
    return cohorts;
  }

  /** The assignments of the chosen cohort (of every cohort when none is chosen). */
  public List<QueueAssignment> getAssignmentChoices() {
    return assignments.stream()
        .filter(a -> cohortId == null || a.cohortId().equals(cohortId))
        .toList();
  }

  public QueueState[] getStates() {
    return QueueState.values();
  }

  /** How long an attempt has waited, roughly: days and hours, hours and minutes, or minutes. */
  public String waited(Duration waiting) {
    long days = waiting.toDays();
    long hours = waiting.toHoursPart();
    long minutes = waiting.toMinutesPart();
    if (days > 0) {
      return messages.text("grading.waited.days", days, hours);
    }
    if (hours > 0) {
      return messages.text("grading.waited.hours", hours, minutes);
    }
    return messages.text("grading.waited.minutes", minutes);
  }

  public LazyDataModel<QueueRow> getRows() {
    return rows;
  }

  public String getCohortId() {
    return cohortId;
  }

  public void setCohortId(String cohortId) {
    this.cohortId = cohortId == null || cohortId.isBlank() ? null : cohortId;
  }

  public String getAssignmentId() {
    return assignmentId;
  }

  public void setAssignmentId(String assignmentId) {
    this.assignmentId = assignmentId == null || assignmentId.isBlank() ? null : assignmentId;
  }

  public QueueState getState() {
    return state;
  }

  public void setState(QueueState state) {
    this.state = state;
  }

  public boolean isLateOnly() {
    return lateOnly;
  }

  public void setLateOnly(boolean lateOnly) {
    this.lateOnly = lateOnly;
  }

  public boolean isHeldByMe() {
    return heldByMe;
  }

  public void setHeldByMe(boolean heldByMe) {
    this.heldByMe = heldByMe;
  }
}
