package app.coachroom.grading.web;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.grading.application.AssignmentResults;
import app.coachroom.grading.application.GradeExport;
import app.coachroom.grading.application.GradingQueue;
import app.coachroom.grading.application.GradingService;
import app.coachroom.grading.application.QueueAssignment;
import app.coachroom.grading.application.QueueFilter;
import app.coachroom.grading.application.QueueQuestion;
import app.coachroom.grading.application.QueueRow;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.shared.domain.AccessDeniedException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.CsvFile;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs grading/queue.xhtml: the handed-in attempts of the cohorts the coach grades, oldest first,
 * filtered by cohort, assignment, state, lateness and who holds them, paged in SQL; a coach claims
 * an attempt so nobody else grades it by accident.
 */
@Named
@ViewScoped
public class GradingQueuePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> HEAD =
      List.of("student", "email", "attempt", "handed_in_utc", "late", "state");

  @Inject GradingQueue queue;
  @Inject GradingService grading;
  @Inject AssignmentService assignmentService;
  @Inject Messages messages;

  private String cohortId;
  private String assignmentId;
  private QueueState state = QueueState.TO_GRADE;
  private boolean lateOnly;
  private boolean heldByMe;
  private List<QueueAssignment> assignments;
  private AssignmentResults results;
  private Integer question;
  private String questionsOf;
  private List<QueueQuestion> questions = List.of();
  private boolean confirmingRelease;
  private boolean confirmingReveal;

  private final LazyDataModel<QueueRow> rows =
      new PagedModel<>(
          () -> queue.count(filter()),
          (first, size) -> queue.page(filter(), first, size),
          QueueRow::attemptId);

  /**
   * Reads the assignments the caller grades when the page opens; an assignment named in the address
   * ({@code ?assignment=}, from its page) is chosen with its cohort, one the caller does not grade
   * is ignored. Read once, not as a view parameter, so a later postback never puts it back over the
   * coach's own choice.
   */
  public void load() {
    if (assignments == null) {
      assignments = queue.assignments();
    }
    String named =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("assignment");
    assignments.stream()
        .filter(a -> a.id().equals(named))
        .findFirst()
        .ifPresent(
            a -> {
              assignmentId = a.id();
              cohortId = a.cohortId();
            });
  }

  public QueueFilter filter() {
    return new QueueFilter(
        cohortId, assignmentId, state, lateOnly, heldByMe, assignmentId == null ? null : question);
  }

  public void claim(QueueRow row) {
    try {
      grading.claim(row.attemptId());
      results = null;
      messages.info("grading.claimed", student(row));
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  /** The student as the queue names them: a code while grading is anonymous. */
  public String student(QueueRow row) {
    return StudentLabel.of(messages, row.studentName(), row.anonymousAs());
  }

  /**
   * The chosen assignment's rubric questions, to narrow the queue to one; none without a choice.
   */
  public List<QueueQuestion> getQuestions() {
    if (assignmentId == null) {
      return List.of();
    }
    if (!assignmentId.equals(questionsOf)) {
      questions = queue.questions(assignmentId);
      questionsOf = assignmentId;
    }
    return questions;
  }

  /** Picking another assignment drops the question and the confirmation of the one before. */
  public void assignmentChanged() {
    question = null;
    confirmingRelease = false;
    confirmingReveal = false;
  }

  public Integer getQuestion() {
    return question;
  }

  public void setQuestion(Integer question) {
    this.question = question;
  }

  /** Where the chosen assignment's attempts stand, read once per choice; null for none chosen. */
  public AssignmentResults getResults() {
    if (assignmentId == null) {
      return null;
    }
    if (results == null || !results.assignmentId().equals(assignmentId)) {
      results = grading.results(assignmentId);
    }
    return results;
  }

  /** The first step of releasing the assignment: says, from fresh counts, what would happen. */
  public void askRelease() {
    results = grading.results(assignmentId);
    confirmingRelease = results.graded() > 0;
    if (!confirmingRelease) {
      messages.info("grading.releaseAll.none");
    }
  }

  public void cancelRelease() {
    confirmingRelease = false;
  }

  /** Releases every attempt of the assignment graded in full (confirmed). */
  public void releaseAll() {
    confirmingRelease = false;
    int released = grading.releaseAll(assignmentId);
    results = null;
    messages.info("grading.releaseAll.done", released, getResults().notGraded());
  }

  /** The chosen assignment's grades as a CSV download, one row per student. */
  public StreamedContent getExport() {
    GradeExport export = grading.export(assignmentId);
    List<String> header = new ArrayList<>(HEAD);
    header.addAll(export.columns());
    header.addAll(List.of("total", "max", "released_utc"));
    List<List<String>> rows = new ArrayList<>();
    for (GradeExport.Row r : export.rows()) {
      List<String> row = new ArrayList<>();
      row.add(StudentLabel.of(messages, r.name(), r.anonymousAs()));
      row.add(Objects.toString(r.email(), ""));
      // the number of a hidden student's attempt would tell who has had several
      row.add(r.anonymousAs() == null ? String.valueOf(r.attemptNumber()) : "");
      // while identities are hidden: only the day, and no late flag
      row.add(r.handedIn().exact() ? r.handedIn().at().toString() : r.handedIn().day().toString());
      row.add(r.handedIn().exact() ? (r.handedIn().late() ? "yes" : "no") : "");
      row.add(r.state().name().toLowerCase(Locale.ROOT));
      r.points().forEach(p -> row.add(Objects.toString(p, "")));
      row.add(Objects.toString(r.total(), ""));
      row.add(String.valueOf(r.maxPoints()));
      row.add(Objects.toString(r.releasedAt(), ""));
      rows.add(row);
    }
    return CsvFile.download(fileName(export.title()), CsvFile.of(header, rows));
  }

  /** "grades-" and the title reduced to letters, digits and dashes. */
  static String fileName(String title) {
    String slug =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "")
            .toLowerCase(Locale.ROOT);
    return "grades-" + (slug.isEmpty() ? "assignment" : slug) + ".csv";
  }

  /** The first step of revealing identities: asks to confirm, since it cannot be undone. */
  public void askReveal() {
    confirmingReveal = true;
  }

  public void cancelReveal() {
    confirmingReveal = false;
  }

  /** Reveals who took the chosen assignment to its graders, for good (confirmed). */
  public void reveal() {
    confirmingReveal = false;
    try {
      assignmentService.revealIdentities(assignmentId);
      messages.info("grading.reveal.done");
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    } catch (AccessDeniedException e) {
      messages.error("grading.reveal.notAllowed"); // the bootcamp's setting changed meanwhile
    }
    results = null;
  }

  public boolean isConfirmingReveal() {
    return confirmingReveal;
  }

  public boolean isConfirmingRelease() {
    return confirmingRelease;
  }

  /** Picking a cohort drops an assignment of another cohort. */
  public void cohortChanged() {
    if (assignmentId != null
        && cohortId != null
        && assignments.stream()
            .noneMatch(a -> a.id().equals(assignmentId) && a.cohortId().equals(cohortId))) {
      assignmentId = null;
      assignmentChanged();
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

  /**
   * How long an attempt has waited: in calendar days while its assignment hides identities (hours
   * would tell the time of the hand-in), else {@link #waited(Duration)}.
   */
  public String waitedFor(QueueRow row) {
    if (row.handedIn().exact()) {
      return waited(row.waiting());
    }
    long days = row.waiting().toDays();
    return days == 0
        ? messages.text("grading.waited.today")
        : messages.text("grading.waited.calendarDays", days);
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
