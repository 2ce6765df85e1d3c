package app.coachroom.grading.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.BootcampZone;
import app.coachroom.assignment.application.InterviewsTaken;
import app.coachroom.assignment.domain.Anonymity;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AttemptOverview;
import app.coachroom.attempt.application.AttemptRecord;
import app.coachroom.attempt.application.HandedInAttempt;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.Grading;
import app.coachroom.grading.domain.GradingSheet;
import app.coachroom.grading.domain.QueueState;
import app.coachroom.grading.domain.Review;
import app.coachroom.grading.domain.ReviewStatus;
import app.coachroom.grading.domain.ScoreChange;
import app.coachroom.grading.infrastructure.GradingQueueQuery;
import app.coachroom.grading.infrastructure.ReviewRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.outbox.application.Outbox;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.rubric.domain.RubricContent;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.application.People;
import app.coachroom.tenancy.application.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Grading a handed-in attempt: its review is begun by the first coach who opens it (who then holds
 * it), saved against the version the coach read (a save based on an older one is a conflict, never
 * an overwrite), taken over, released and taken back. Coaches grade the cohorts they coach; the
 * bootcamp's admins grade any. Every score change goes to the history.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class GradingService {
  @Inject ReviewRepository reviews;
  @Inject GradingQueueQuery queueQuery;
  @Inject FeedbackViews feedbackViews;
  @Inject AttemptOverview attempts;
  @Inject AssignmentService assignments;
  @Inject FrozenInterviews interviews;
  @Inject CohortService cohorts;
  @Inject People people;
  @Inject Outbox outbox;
  @Inject BootcampZone zone;
  @Inject InterviewsTaken taken;
  @Inject Event<Audited> audit;
  @Inject Event<ResultsChanged> changed;
  @Inject Caller caller;
  @Inject Clock clock;

  /** The attempt's review, begun and held by the caller when nobody has begun it. */
  public ReviewView open(@NotNull String attemptId) {
    Graded g = graded(attemptId);
    return view(begun(attemptId, g), g.sheet());
  }

  /**
   * The attempt's review, begun now (held by the caller) when nobody began it. One with nothing to
   * grade by hand (every question scored automatically) is released at once when the assignment
   * releases results automatically.
   */
  private Review begun(String attemptId, Graded g) {
    Review review = reviews.forAttempt(attemptId).orElse(null);
    if (review == null) {
      Instant now = clock.instant();
      review = new Review(attemptId, g.sheet(), caller.subject(), now);
      reviews.add(review);
      if (automatic(g) && review.dueForAutomaticRelease()) {
        reviews.add(review.release(caller.subject(), false, now));
        notifyReleased(g);
        audit.fire(audited(g, AuditAction.RESULTS_RELEASED).note(score(review)));
        changed.fire(new ResultsChanged(attemptId));
      }
      reviews.flush();
    }
    return review;
  }

  /** A review nobody has begun, as beginning it would show it; nothing is stored. */
  private ReviewView notBegun(String attemptId, Graded g) {
    ReviewView fresh = view(new Review(attemptId, g.sheet(), null, clock.instant()), g.sheet());
    return new ReviewView(
        attemptId,
        -1,
        null,
        null,
        false,
        fresh.points(),
        fresh.maxPoints(),
        null,
        fresh.grades(),
        fresh.answerPoints(),
        null,
        null);
  }

  private static boolean automatic(Graded g) {
    return g.assignment().release() == ResultRelease.AUTOMATIC;
  }

  /**
   * The review screen of the attempt: its answers beside their rubrics, and its review as it
   * stands. Opening it changes nothing: when nobody has begun the review, the screen shows what
   * beginning it would (no status, no holder), and a coach begins with {@link #claim}.
   *
   * <p>A missing ID is an unknown one (a page opened without it): not found.
   */
  public ReviewScreen screen(String attemptId) {
    Graded g = graded(attemptId);
    ReviewView review =
        reviews
            .forAttempt(attemptId)
            .map(r -> view(r, g.sheet()))
            .orElseGet(() -> notBegun(attemptId, g));
    List<AttemptRecord.Entry> entries =
        attempts.answers(attemptId).stream()
            .map(e -> g.assignment().hidesIdentities() ? e.anonymized() : e)
            .toList();
    List<ReviewScreen.Question> questions = new ArrayList<>();
    for (GradingSheet.Question q : g.sheet().questions()) {
      List<QuestionContent.Choice> choices =
          g.interview().items().get(q.position()).question().choices();
      questions.add(
          new ReviewScreen.Question(
              entries.get(q.position()),
              q.rubric(),
              IntStream.range(0, choices.size())
                  .filter(i -> choices.get(i).correct())
                  .boxed()
                  .toList(),
              q.autoPoints(),
              q.maxPoints()));
    }
    boolean hidden = g.assignment().hidesIdentities();
    String subject = hidden ? null : g.attempt().subject();
    Map<String, Person> names =
        people.named(Stream.of(subject, review.heldBy()).filter(Objects::nonNull).toList());
    Person student = subject == null ? null : names.get(subject);
    Person holder = review.heldBy() == null ? null : names.get(review.heldBy());
    return new ReviewScreen(
        attemptId,
        g.assignment().id(),
        g.assignment().title(),
        subject,
        student == null ? null : student.name(),
        hidden ? Anonymity.code(attemptId) : null,
        hidden ? 0 : g.attempt().number(),
        handedIn(g),
        questions,
        g.assignment().release(),
        review,
        holder == null ? null : holder.name());
  }

  /**
   * Saves the grades (one per question, in order) and the overall comment. A save based on another
   * version than the stored one changes nothing and returns the stored review as a conflict.
   * Refused while another coach holds the review, once released, and when a grade breaks a rule.
   * When the assignment releases results automatically, a save that leaves the grade complete
   * releases it (results taken back stay back until released by hand), and its holder may still
   * change it once released (the student sees the changes at once).
   */
  public ReviewSave save(
      @NotNull String attemptId,
      long basedOn,
      @NotNull List<AnswerGrade> grades,
      String overallComment) {
    Graded g = graded(attemptId);
    Review review = locked(attemptId);
    if (review.version() != basedOn) {
      return new ReviewSave(ReviewSave.Outcome.CONFLICT, view(review, g.sheet()));
    }
    Instant now = clock.instant();
    boolean automatic = automatic(g);
    String before = score(review);
    List<ScoreChange> changes =
        new ArrayList<>(
            review.save(g.sheet(), grades, overallComment, caller.subject(), now, automatic));
    if (!changes.isEmpty()) {
      audit.fire(audited(g, AuditAction.GRADE_CHANGED).change(before, score(review)));
    }
    if (automatic && review.dueForAutomaticRelease()) {
      changes.add(review.release(caller.subject(), false, now));
      notifyReleased(g);
      audit.fire(audited(g, AuditAction.RESULTS_RELEASED).note(score(review)));
    }
    changes.forEach(reviews::add);
    reviews.flush();
    if (review.status() == ReviewStatus.RELEASED && !changes.isEmpty()) {
      changed.fire(new ResultsChanged(attemptId)); // released now, or changed while released
    }
    return new ReviewSave(ReviewSave.Outcome.SAVED, view(review, g.sheet()));
  }

  /**
   * The caller holds the review, begun now if nobody began it; refused while another coach holds it
   * (taking over is a separate, deliberate step).
   */
  public ReviewView claim(@NotNull String attemptId) {
    Graded g = graded(attemptId);
    Review review = reviews.forAttempt(attemptId).orElse(null);
    if (review == null) {
      review = begun(attemptId, g);
    } else {
      review.claim(caller.subject(), clock.instant());
      reviews.flush();
    }
    return view(review, g.sheet());
  }

  /** The caller holds the review from now on, also when another coach held it. */
  public ReviewView takeOver(@NotNull String attemptId) {
    Graded g = graded(attemptId);
    Review review = locked(attemptId);
    review.takeOver(caller.subject(), clock.instant());
    reviews.flush();
    return view(review, g.sheet());
  }

  /**
   * Releases the results to the student; a review not graded in full only when {@code
   * evenIfUngraded} says the coach confirmed it. Releasing again changes nothing.
   */
  public ReviewView release(@NotNull String attemptId, boolean evenIfUngraded) {
    Graded g = graded(attemptId);
    Review review = locked(attemptId);
    Instant now = clock.instant();
    ScoreChange released = review.release(caller.subject(), evenIfUngraded, now);
    if (released != null) {
      reviews.add(released);
      notifyReleased(g);
      audit.fire(audited(g, AuditAction.RESULTS_RELEASED).note(score(review)));
      changed.fire(new ResultsChanged(attemptId));
    }
    reviews.flush();
    return view(review, g.sheet());
  }

  /**
   * The attempt's feedback as a printable report, whatever the review's state (its state is shown;
   * without a review begun there is no feedback). Reading it changes nothing.
   *
   * <p>A missing ID is an unknown one (a page opened without it): not found.
   */
  public GradeReport report(String attemptId) {
    Graded g = graded(attemptId);
    Review review = reviews.forAttempt(attemptId).orElse(null);
    ReviewStatus status = review == null ? null : review.status();
    boolean hidden = g.assignment().hidesIdentities();
    Person student =
        hidden ? null : people.named(List.of(g.attempt().subject())).get(g.attempt().subject());
    audit.fire(audited(g, AuditAction.REPORT_OPENED));
    return new GradeReport(
        student == null ? null : student.name(),
        hidden ? Anonymity.code(attemptId) : null,
        g.assignment().title(),
        cohorts.find(g.assignment().cohortId()).name(),
        hidden ? 0 : g.attempt().number(),
        handedIn(g),
        status,
        review == null ? null : feedbackViews.of(g.interview(), review));
  }

  /** Where the assignment's handed-in attempts stand in grading. */
  public AssignmentResults results(@NotNull String assignmentId) {
    AssignmentView assignment = gradable(assignmentId);
    long[] states = reviews.statesOfAssignment(assignmentId);
    return new AssignmentResults(
        assignmentId,
        assignment.title(),
        states[0],
        states[1],
        states[2],
        states[3],
        states[4],
        assignment.hidesIdentities(),
        assignment.hidesIdentities() && assignments.mayReveal(assignmentId));
  }

  /**
   * Releases the results of every attempt at the assignment that is graded in full, whoever holds
   * its review; the others stay back, and so do results taken back (released only by hand). Each
   * student is e-mailed. Every attempt is locked before its review, in ID order, as single grading
   * steps lock them. Returns how many were released.
   */
  public int releaseAll(@NotNull String assignmentId) {
    AssignmentView assignment = gradable(assignmentId);
    Instant now = clock.instant();
    List<Outbox.Entry> notices = new ArrayList<>();
    int released = 0;
    for (String attemptId : reviews.gradedOfAssignment(assignmentId)) {
      HandedInAttempt attempt = attempts.handedIn(attemptId);
      Review review = locked(attemptId);
      ScoreChange change = review.releaseGraded(caller.subject(), now);
      if (change != null) {
        reviews.add(change);
        notices.add(ResultsMail.entry(attemptId, attempt.subject()));
        released++;
        changed.fire(new ResultsChanged(attemptId));
      }
    }
    outbox.addOrRenew(notices);
    reviews.flush();
    if (released > 0) {
      audit.fire(
          Audited.inCohort(
                  caller.persistenceTenant(),
                  assignment.cohortId(),
                  AuditAction.RESULTS_RELEASED_ALL,
                  assignment.title())
              .note(released + " attempts"));
    }
    return released;
  }

  /**
   * The assignment's grades for a spreadsheet: each student's latest handed-in attempt, the points
   * per rubric criterion and the total. While the assignment hides identities, rows carry a code
   * instead of the name, sorted by code, and only the day of the hand-in. Every export is audited.
   */
  public GradeExport export(@NotNull String assignmentId) {
    AssignmentView assignment = gradable(assignmentId);
    List<Object[]> attemptRows = queueQuery.latestHandedIn(assignmentId);
    audit.fire(
        Audited.inCohort(
                caller.persistenceTenant(),
                assignment.cohortId(),
                AuditAction.GRADES_EXPORTED,
                assignment.title())
            .note(attemptRows.size() + " students"));
    if (attemptRows.isEmpty()) {
      return new GradeExport(assignment.title(), List.of(), List.of());
    }
    FrozenInterview interview = interviews.version((String) attemptRows.get(0)[5]);
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < interview.items().size(); i++) {
      FrozenInterview.Item item = interview.items().get(i);
      if (item.rubric() == null) {
        columns.add("Q" + (i + 1) + " " + item.question().title());
      } else {
        for (var criterion : item.rubric().criteria()) {
          columns.add("Q" + (i + 1) + " " + criterion.title());
        }
      }
    }
    Map<String, Review> byAttempt = reviews.ofAssignment(assignmentId);
    boolean hidden = assignment.hidesIdentities();
    Map<String, Person> names =
        hidden ? Map.of() : people.named(attemptRows.stream().map(r -> (String) r[1]).toList());
    int maxPoints = maxPoints(interview);
    List<GradeExport.Row> rows = new ArrayList<>();
    for (Object[] r : attemptRows) {
      String attemptId = (String) r[0];
      Review review = byAttempt.get(attemptId);
      Person student = hidden ? null : names.get((String) r[1]);
      rows.add(
          new GradeExport.Row(
              student == null ? null : student.name(),
              student == null ? null : student.email(),
              hidden ? Anonymity.code(attemptId) : null,
              hidden ? 0 : (Integer) r[2],
              HandedIn.of((Instant) r[3], (Boolean) r[4], hidden, zone.zone()),
              QueueState.of(review == null ? null : review.status()),
              criterionPoints(interview, review, columns.size()),
              review == null ? null : review.points(),
              maxPoints,
              review == null ? null : review.releasedAt()));
    }
    rows.sort(
        Comparator.comparing((GradeExport.Row row) -> row.anonymousAs() != null)
            .thenComparing(
                row -> row.anonymousAs() != null ? row.anonymousAs() : nameOrEmpty(row.name()),
                String.CASE_INSENSITIVE_ORDER));
    return new GradeExport(assignment.title(), columns, rows);
  }

  private static String nameOrEmpty(String name) {
    return name == null ? "" : name;
  }

  private static List<Integer> criterionPoints(
      FrozenInterview interview, Review review, int columns) {
    List<Integer> points = new ArrayList<>();
    if (review == null) {
      return Collections.nCopies(columns, null);
    }
    for (int i = 0; i < interview.items().size(); i++) {
      RubricContent rubric = interview.items().get(i).rubric();
      if (rubric == null) {
        points.add(review.answerPoints(i));
      } else {
        points.addAll(review.grade(i, rubric.criteria().size()).levels());
      }
    }
    return points;
  }

  private static int maxPoints(FrozenInterview interview) {
    return interview.items().stream()
        .mapToInt(item -> item.rubric() == null ? Grading.AUTO_MAX : item.rubric().totalPoints())
        .sum();
  }

  /** The student is e-mailed that the attempt's results are out (once this commits). */
  private void notifyReleased(Graded g) {
    outbox.addOrRenew(List.of(ResultsMail.entry(g.attempt().id(), g.attempt().subject())));
  }

  /** Takes released results back so the review can be changed again. */
  public ReviewView unrelease(@NotNull String attemptId) {
    Graded g = graded(attemptId);
    Review review = locked(attemptId);
    ScoreChange back = review.unrelease(caller.subject(), g.sheet(), clock.instant());
    if (back != null) {
      reviews.add(back);
      changed.fire(new ResultsChanged(attemptId));
      audit.fire(audited(g, AuditAction.RESULTS_TAKEN_BACK).change("released", "taken back"));
    }
    reviews.flush();
    return view(review, g.sheet());
  }

  /** Every score change of the attempt's review, oldest first, with who made it. */
  public List<ScoreChangeView> history(@NotNull String attemptId) {
    graded(attemptId);
    Review review =
        reviews.forAttempt(attemptId).orElseThrow(() -> new NotFoundException("Review", attemptId));
    List<ScoreChange> changes = reviews.history(review.id());
    Map<String, Person> names =
        people.named(changes.stream().map(ScoreChange::changedBy).distinct().toList());
    return changes.stream()
        .map(
            c ->
                new ScoreChangeView(
                    c.changedAt(),
                    c.changedBy(),
                    names.containsKey(c.changedBy()) ? names.get(c.changedBy()).name() : null,
                    c.kind(),
                    c.position(),
                    c.criterion(),
                    c.oldPoints(),
                    c.newPoints(),
                    c.reason()))
        .toList();
  }

  /**
   * An assignment the caller grades: of a cohort they coach (any, for tenant admins), and not one
   * asking a question of an interview they take as a student themselves, in any cohort.
   */
  private AssignmentView gradable(String assignmentId) {
    AssignmentView assignment = assignments.find(assignmentId);
    if (taken.blocks(assignmentId)) {
      throw new NotFoundException("Assignment", assignmentId);
    }
    return assignment;
  }

  /** What grading the attempt needs; refused for a cohort the caller does not coach. */
  private Graded graded(String attemptId) {
    HandedInAttempt attempt = attempts.handedIn(attemptId);
    AssignmentView assignment = gradable(attempt.assignmentId());
    FrozenInterview interview = interviews.version(attempt.templateVersionId());
    List<GradingSheet.Question> questions =
        IntStream.range(0, interview.items().size())
            .mapToObj(
                i -> {
                  FrozenInterview.Item item = interview.items().get(i);
                  return new GradingSheet.Question(
                      i,
                      item.question().title(),
                      item.rubric(),
                      attempt.autoPoints().get(i),
                      item.rubric() == null ? Grading.AUTO_MAX : 0);
                })
            .toList();
    return new Graded(attempt, assignment, interview, new GradingSheet(questions));
  }

  /** When the attempt was handed in, as graders may see it (only the day while hidden). */
  private HandedIn handedIn(Graded g) {
    return HandedIn.of(
        g.attempt().submittedAt(),
        g.attempt().late(),
        g.assignment().hidesIdentities(),
        zone.zone());
  }

  /**
   * A grading action on one attempt for the audit log: about its student, or, while the assignment
   * hides identities, about nobody and named by the attempt's code.
   */
  private Audited audited(Graded g, AuditAction action) {
    boolean hidden = g.assignment().hidesIdentities();
    String attempt = hidden ? Anonymity.code(g.attempt().id()) : "attempt " + g.attempt().number();
    Audited audited =
        Audited.inCohort(
            caller.persistenceTenant(),
            g.assignment().cohortId(),
            action,
            g.assignment().title() + " · " + attempt);
    return hidden ? audited : audited.about(g.attempt().subject());
  }

  /** A review's total as the audit log keeps it: "7/10". */
  private static String score(Review review) {
    return review.points() + "/" + review.maxPoints();
  }

  private record Graded(
      HandedInAttempt attempt,
      AssignmentView assignment,
      FrozenInterview interview,
      GradingSheet sheet) {}

  private Review locked(String attemptId) {
    return reviews
        .lockedForAttempt(attemptId)
        .orElseThrow(() -> new NotFoundException("Review", attemptId));
  }

  private ReviewView view(Review review, GradingSheet sheet) {
    List<AnswerGrade> grades = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    for (GradingSheet.Question q : sheet.questions()) {
      grades.add(review.grade(q.position(), q.criteria()));
      points.add(review.answerPoints(q.position()));
    }
    return new ReviewView(
        review.attemptId(),
        review.version(),
        review.status(),
        review.claimedBy(),
        caller.subject().equals(review.claimedBy()),
        review.points(),
        review.maxPoints(),
        review.overallComment(),
        grades,
        points,
        review.releasedAt(),
        review.updatedAt());
  }
}
