package app.coachroom.grading.web;

import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.grading.application.GradingQueue;
import app.coachroom.grading.application.GradingService;
import app.coachroom.grading.application.QueueFilter;
import app.coachroom.grading.application.ReviewSave;
import app.coachroom.grading.application.ReviewScreen;
import app.coachroom.grading.application.ReviewView;
import app.coachroom.grading.application.ScoreChangeView;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.primefaces.extensions.model.monacoeditor.EditorMinimapOptions;
import org.primefaces.extensions.model.monacoeditor.EditorOptions;

/**
 * Backs grading/grade.xhtml (?attempt=...&assignment=...): one handed-in attempt's answers beside
 * their rubrics. Every change is saved as a draft against the version the page read; a save that
 * finds a newer version shows both and lets the coach choose. The assignment parameter only keeps
 * "next student" within one assignment; with it, the question parameter (a position) opens the
 * review at that question and keeps "next student" to attempts whose answer to it needs grading.
 */
@Named
@ViewScoped
public class GradingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GradingService grading;
  @Inject GradingQueue queue;
  @Inject Messages messages;

  private String attempt;
  private String assignment;
  private Integer question;
  private ReviewScreen screen;
  private ReviewView review;
  private final List<AnswerForm> answers = new ArrayList<>();
  private String overall;
  private ReviewView conflict;
  private boolean confirmingRelease;
  private Instant savedAt;
  private List<ScoreChangeView> history;

  /** viewAction: an unknown, foreign or not handed-in attempt gives the 404 page. */
  public void load() {
    if (screen == null) {
      screen = grading.screen(attempt);
      show(screen.review());
    }
  }

  /** Saves the draft (the autosave and the save button); nothing while a conflict is open. */
  public void save() {
    if (conflict == null && isEditable()) {
      saveOn(review.version());
    }
  }

  /** Conflict: saves what this page holds over the version saved meanwhile. */
  public void keepMine() {
    if (conflict != null) {
      long basedOn = conflict.version();
      conflict = null;
      saveOn(basedOn);
    }
  }

  /** Conflict: drops what this page holds and shows the version saved meanwhile. */
  public void takeSaved() {
    if (conflict != null) {
      show(conflict);
      conflict = null;
      messages.info("grading.conflict.tookSaved");
    }
  }

  /**
   * "Start grading": the caller begins the review and holds it (opening the page begins nothing).
   */
  public void claim() {
    change(() -> grading.claim(attempt), "grading.claimed");
  }

  public void takeOver() {
    change(() -> grading.takeOver(attempt), "grading.tookOver");
  }

  /** Saves, then releases; a review not graded in full asks for a confirmation first. */
  public void release() {
    if (conflict != null || (isEditable() && !saveOn(review.version()))) {
      return;
    }
    if (review.status() != ReviewStatus.GRADED && review.status() != ReviewStatus.RELEASED) {
      confirmingRelease = true;
      return;
    }
    releaseNow(false);
  }

  public void releaseAnyway() {
    releaseNow(true);
  }

  public void cancelRelease() {
    confirmingRelease = false;
  }

  public void unrelease() {
    change(() -> grading.unrelease(attempt), "grading.unreleased");
  }

  /** Saves, then opens the next attempt to grade (within the assignment, if one was given). */
  public String next() {
    if (conflict != null || (isEditable() && !saveOn(review.version()))) {
      return null;
    }
    Integer at = assignment == null ? null : question;
    String following =
        queue.next(new QueueFilter(null, assignment, null, false, false, at), attempt);
    if (following == null) {
      messages.flashInfo("grading.next.none");
      return "/grading/queue?faces-redirect=true";
    }
    try {
      grading.claim(following); // "next student" is this POST: it begins the next review
    } catch (RuleViolationException e) {
      // another coach took it a moment ago: it opens held by them, to take over or leave
    }
    return "/grading/grade?faces-redirect=true&attempt="
        + following
        + (assignment == null ? "" : "&assignment=" + assignment)
        + (at == null ? "" : "&question=" + at);
  }

  public void showHistory() {
    history = grading.history(attempt);
  }

  private void releaseNow(boolean evenIfUngraded) {
    confirmingRelease = false;
    change(() -> grading.release(attempt, evenIfUngraded), "grading.released");
  }

  /**
   * Shows the review a step returns and says so; a refused step (another coach took the review over
   * meanwhile) says why and changes nothing on the page.
   */
  private void change(Supplier<ReviewView> step, String done) {
    try {
      show(step.get());
      history = null;
      messages.info(done);
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  /** Saves the form based on {@code version}; false when refused or in conflict. */
  private boolean saveOn(long version) {
    List<AnswerGrade> grades = answers.stream().map(AnswerForm::grade).toList();
    try {
      ReviewSave saved = grading.save(attempt, version, grades, overall);
      if (saved.isConflict()) {
        conflict = saved.review();
        return false;
      }
      review = saved.review();
      savedAt = review.updatedAt();
      history = null;
      return true;
    } catch (RuleViolationException e) {
      messages.fieldError("grade", e);
      return false;
    }
  }

  /** Puts a review's grades in the form. */
  private void show(ReviewView shown) {
    review = shown;
    answers.clear();
    shown.grades().forEach(g -> answers.add(AnswerForm.of(g)));
    overall = shown.overallComment();
  }

  /** Where this page's grades and the version saved meanwhile differ, one line each. */
  public List<ConflictLine> getConflictLines() {
    List<ConflictLine> lines = new ArrayList<>();
    if (conflict == null) {
      return lines;
    }
    for (int i = 0; i < answers.size(); i++) {
      ReviewScreen.Question q = screen.questions().get(i);
      AnswerGrade mine = answers.get(i).grade();
      AnswerGrade saved = conflict.grades().get(i);
      String question = (i + 1) + ". " + q.entry().question().title();
      if (q.rubric() != null) {
        for (int c = 0; c < q.rubric().criteria().size(); c++) {
          RubricContent.Criterion criterion = q.rubric().criteria().get(c);
          add(lines, question, criterion.title(), points(mine, c), points(saved, c));
        }
      } else {
        add(
            lines,
            question,
            messages.text("grading.override"),
            text(mine.overridePoints()),
            text(saved.overridePoints()));
      }
      add(lines, question, messages.text("grading.comment"), mine.comment(), saved.comment());
    }
    add(lines, "", messages.text("grading.overall"), overall, conflict.overallComment());
    return lines;
  }

  private static void add(
      List<ConflictLine> lines, String question, String what, String mine, String saved) {
    if (!Objects.equals(blank(mine), blank(saved))) {
      lines.add(new ConflictLine(question, what, blank(mine), blank(saved)));
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? "" : text.strip();
  }

  private static String points(AnswerGrade grade, int criterion) {
    return criterion < grade.levels().size() ? text(grade.levels().get(criterion)) : "";
  }

  private static String text(Integer points) {
    return points == null ? "" : points.toString();
  }

  /** One difference between this page's grades and the saved ones. */
  public record ConflictLine(String question, String what, String mine, String saved)
      implements Serializable {}

  /**
   * Grades can change: the caller holds the review, and it is not released (or the assignment
   * releases results automatically, and changes reach the student at once).
   */
  /** Whether someone has begun the review. */
  public boolean isBegun() {
    return review != null && review.status() != null;
  }

  public boolean isEditable() {
    return review != null
        && review.heldByMe()
        && (!review.isReleased() || screen.release() == ResultRelease.AUTOMATIC);
  }

  /** The read-only editor of a code answer, highlighted for the question's language. */
  public EditorOptions codeOptions(ReviewScreen.Question question) {
    return new EditorOptions()
        .setLanguage(question.entry().question().editorLanguage())
        .setAriaLabel(question.entry().question().title())
        .setReadOnly(true)
        .setMinimap(new EditorMinimapOptions().setEnabled(false))
        .setScrollBeyondLastLine(false)
        .setAutomaticLayout(true)
        .setFontSize(14);
  }

  /** The points of the answer at {@code position} as last saved. */
  public int answerPoints(int position) {
    return review.answerPoints().get(position);
  }

  /** The student as the screen names them: a code while grading is anonymous. */
  public String getStudent() {
    return StudentLabel.of(messages, screen.studentName(), screen.anonymousAs());
  }

  public ReviewScreen getScreen() {
    return screen;
  }

  public ReviewView getReview() {
    return review;
  }

  public List<AnswerForm> getAnswers() {
    return answers;
  }

  public String getOverall() {
    return overall;
  }

  public void setOverall(String overall) {
    this.overall = overall;
  }

  public ReviewView getConflict() {
    return conflict;
  }

  public boolean isConfirmingRelease() {
    return confirmingRelease;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public List<ScoreChangeView> getHistory() {
    return history;
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public String getAssignment() {
    return assignment;
  }

  public void setAssignment(String assignment) {
    this.assignment = assignment;
  }

  public Integer getQuestion() {
    return question;
  }

  public void setQuestion(Integer question) {
    this.question = question;
  }
}
