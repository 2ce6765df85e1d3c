package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.STUDENT;

import app.coachroom.assignment.application.AssignmentTerms;
import app.coachroom.assignment.application.MyAssignments;
import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.assignment.domain.TimeAllowance;
import app.coachroom.assignment.domain.Window;
import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerDiagram;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerRules;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.attempt.domain.QuestionTime;
import app.coachroom.attempt.domain.UploadedDiagram;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A student sitting the interviews assigned to them. Every call works on the caller's own attempts
 * only (another person's attempt ID is not found), locks the attempt first and lets the server's
 * clock catch up: questions whose time ran out are left behind, and an attempt whose overall time
 * ran out is handed in with what was saved before anything else happens.
 */
@ApplicationScoped
@Transactional
@RequiresRole(STUDENT)
public class AttemptService {
  @Inject AttemptRepository attempts;
  @Inject MyAssignments assignments;
  @Inject FrozenInterviews interviews;
  @Inject QuestionService questions;
  @Inject Sittings sittings;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject TakenBack takenBack;

  /**
   * The start page of an assigned interview; an in-progress attempt whose time ran out is handed
   * in.
   *
   * <p>A missing ID is an unknown one (a page opened without it): not found.
   */
  public StartView prepare(String assignmentId) {
    AssignmentTerms terms = interviewTerms(assignmentId);
    FrozenInterview interview = interviews.version(terms.templateVersionId());
    Instant now = sittings.now();
    String inProgress = running(assignmentId);
    List<Attempt> mine = attempts.attempts(assignmentId, caller.subject());
    Set<String> back = takenBack.among(mine.stream().map(Attempt::id).toList());
    List<QuestionTime> times = Sittings.times(interview, terms.timeMultiplier());
    Window window = terms.deadline().windowAt(now);
    return new StartView(
        terms.id(),
        terms.title(),
        terms.cohortName(),
        interview.instructions(),
        IntStream.range(0, times.size())
            .mapToObj(i -> QuestionView.of(i, interview.items().get(i), times.get(i)))
            .toList(),
        TimeAllowance.scaled(interview.overallSeconds(), terms.timeMultiplier()),
        terms.timeMultiplier(),
        terms.deadline().opensAt(),
        terms.deadline().dueAt(),
        terms.deadline().lateAfter(),
        terms.deadline().latePolicy(),
        window,
        terms.attemptsAllowed(),
        mine.stream().map(a -> row(a, terms.title(), terms.release(), back)).toList(),
        inProgress,
        refusal(window, mine.size(), terms.attemptsAllowed()));
  }

  private static String refusal(Window window, int used, int allowed) {
    if (window == Window.NOT_OPEN) {
      return "attempt.start.notOpen";
    }
    if (!window.acceptsWork()) {
      return "attempt.start.closed";
    }
    return used >= allowed ? "attempt.start.noneLeft" : null;
  }

  /**
   * Starts a new attempt, or returns the one in progress (so a second click or a second tab resumes
   * rather than starting over). Refused before the opening time, once closed and when no attempt is
   * left.
   */
  public String start(@NotNull String assignmentId) {
    AssignmentTerms terms = interviewTerms(assignmentId);
    FrozenInterview interview = interviews.version(terms.templateVersionId());
    String inProgress = running(assignmentId);
    if (inProgress != null) {
      return inProgress;
    }
    List<Attempt> mine = attempts.attempts(assignmentId, caller.subject());
    Instant now = sittings.now();
    String refusal = refusal(terms.deadline().windowAt(now), mine.size(), terms.attemptsAllowed());
    if (refusal != null) {
      throw new RuleViolationException(null, refusal);
    }
    Attempt attempt =
        Attempt.begin(
            terms.id(),
            caller.subject(),
            mine.size() + 1,
            interview.versionId(),
            terms.timeMultiplier(),
            TimeAllowance.scaled(interview.overallSeconds(), terms.timeMultiplier()),
            terms.deadline(),
            now);
    attempts.add(attempt);
    attempts.flush();
    return attempt.id();
  }

  /**
   * The caller's running attempt at the assignment, locked and caught up first (one whose time ran
   * out is handed in here), or null. Locking before reading the list keeps the list current.
   */
  private String running(String assignmentId) {
    String running = null;
    for (String id : attempts.runningIds(assignmentId, caller.subject())) {
      if (!open(id).attempt().isSubmitted()) {
        running = id;
      }
    }
    return running;
  }

  /**
   * The take page: where the attempt stands, the current question and its saved answer. A missing
   * ID is an unknown one (a page opened without it): not found.
   */
  public AttemptView current(String attemptId) {
    Sitting s = open(attemptId);
    QuestionView question = null;
    SavedAnswer answer = null;
    Phase phase = s.moment().phase();
    if (phase == Phase.PREPARING || phase == Phase.ANSWERING) {
      int at = s.moment().position();
      question = s.question(at);
      UploadedDiagram diagram =
          s.kind(at) == QuestionKind.SYSTEM_DESIGN ? uploadedDiagram(attemptId, at) : null;
      answer =
          attempts
              .answer(attemptId, at)
              .map(a -> SavedAnswer.of(s.kind(at), a, false, diagram))
              .orElseGet(() -> SavedAnswer.none(s.kind(at), diagram));
    }
    return new AttemptView(
        attemptId,
        s.attempt().assignmentId(),
        s.interview().title(),
        s.attempt().number(),
        s.times().size(),
        ClockView.of(s.moment()),
        question,
        answer);
  }

  /** The server's clock, for the page's countdown. */
  public ClockView clock(@NotNull String attemptId) {
    return ClockView.of(open(attemptId).moment());
  }

  /**
   * Saves the answer to the current question. Only the question being answered takes answers, and
   * only while its time runs; a save based on an older revision than the stored one is refused as a
   * conflict unless it says the same (a repeated save). Bad input (too long, a choice that does not
   * exist, the wrong kind of answer) is refused with a message and changes nothing.
   */
  public SaveResult save(
      @NotNull String attemptId, int position, int basedOn, @NotNull AnswerInput input) {
    Sitting s = open(attemptId);
    if (position < 0 || position >= s.times().size()) {
      throw new NotFoundException("Question", String.valueOf(position));
    }
    ClockView clockView = ClockView.of(s.moment());
    if (s.attempt().isSubmitted()) {
      return SaveResult.closed("attempt.save.submitted", clockView);
    }
    if (s.moment().phase() != Phase.ANSWERING || s.moment().position() != position) {
      return SaveResult.closed(
          position > s.moment().position() ? "attempt.save.notYet" : "attempt.save.questionOver",
          clockView);
    }
    String body = AnswerRules.body(s.interview().items().get(position).question(), input);
    Instant now = s.moment().now();
    Optional<Answer> stored = attempts.answer(attemptId, position);
    if (stored.isEmpty()) {
      Answer answer = new Answer(attemptId, position, body, now);
      attempts.add(answer);
      return SaveResult.saved(answer.revision(), now, clockView);
    }
    Answer answer = stored.get();
    if (!answer.replace(basedOn, body, now)) {
      return SaveResult.conflict(answer.revision(), clockView);
    }
    return SaveResult.saved(answer.revision(), answer.savedAt(), clockView);
  }

  /**
   * Stores a diagram as (part of) the answer to the current system-design question, instead of the
   * one uploaded before. Refused, with nothing changed, when the image is not one (checked by its
   * content), too large, the question takes no diagram, or its time is not running.
   */
  public DiagramSaved uploadDiagram(
      @NotNull String attemptId, int position, String fileName, byte @NotNull [] bytes) {
    Sitting s = answeringDiagram(attemptId, position);
    DiagramImage image = DiagramImage.check(fileName, bytes);
    Instant now = s.moment().now();
    AnswerDiagram stored = attempts.answerDiagram(attemptId, position).orElse(null);
    if (stored == null) {
      stored = new AnswerDiagram(attemptId, position, image, now);
      attempts.add(stored);
    } else if (!stored.sha256().equals(image.sha256())
        || !stored.fileName().equals(image.fileName())) {
      stored.replace(image, now);
    }
    return new DiagramSaved(stored.uploaded(), ClockView.of(s.moment()));
  }

  /** Takes the current question's diagram away (nothing happens when there is none). */
  public DiagramSaved removeDiagram(@NotNull String attemptId, int position) {
    Sitting s = answeringDiagram(attemptId, position);
    attempts.answerDiagram(attemptId, position).ifPresent(attempts::remove);
    return new DiagramSaved(null, ClockView.of(s.moment()));
  }

  private Sitting answeringDiagram(String attemptId, int position) {
    Sitting s = sittings.answering(attemptId, position, "diagram");
    if (s.kind(position) != QuestionKind.SYSTEM_DESIGN) {
      throw new RuleViolationException("diagram", "attempt.answer.wrongKind");
    }
    return s;
  }

  private UploadedDiagram uploadedDiagram(String attemptId, int position) {
    return attempts.uploadedDiagrams(attemptId).stream()
        .filter(d -> d.position() == position)
        .findFirst()
        .orElse(null);
  }

  /** Ends the current question's preparation early (a repeated request changes nothing). */
  public ClockView startAnswering(@NotNull String attemptId, int position) {
    Sitting s = open(attemptId);
    if (s.attempt().isSubmitted()) {
      return ClockView.of(s.moment());
    }
    return ClockView.of(s.attempt().startAnswering(position, s.times(), s.moment().now()));
  }

  /** Leaves the current question for good (a repeated request changes nothing). */
  public ClockView moveOn(@NotNull String attemptId, int position) {
    Sitting s = open(attemptId);
    if (s.attempt().isSubmitted()) {
      return ClockView.of(s.moment());
    }
    return ClockView.of(s.attempt().moveOn(position, s.times(), s.moment().now()));
  }

  /** Hands the attempt in now; handing in an attempt already handed in changes nothing. */
  public AttemptRow submit(@NotNull String attemptId) {
    Sitting s = open(attemptId);
    if (!s.attempt().isSubmitted()) {
      sittings.handIn(s, s.moment().now());
    }
    return row(s.attempt(), s.title(), s.release(), takenBack.among(List.of(attemptId)));
  }

  /**
   * Every question with its saved answer: the review before submitting, and the history. A missing
   * ID is an unknown one (a page opened without it): not found.
   */
  public AttemptRecord record(String attemptId) {
    Sitting s = open(attemptId, false);
    Set<String> back = takenBack.among(List.of(attemptId));
    boolean released = released(s.attempt(), s.release(), back);
    List<AttemptRecord.Entry> entries =
        AttemptRecord.entries(
            attempts,
            attemptId,
            IntStream.range(0, s.times().size()).mapToObj(s::question).toList(),
            released);
    return new AttemptRecord(
        row(s.attempt(), s.title(), s.release(), back), ClockView.of(s.moment()), entries);
  }

  /**
   * The diagram a question of the caller's own attempt shows; a question not reached yet, any other
   * question, or a question without one, is not found.
   */
  public DiagramImage diagram(@NotNull String attemptId, int position) {
    Sitting s = open(attemptId, false);
    if (position < 0 || position >= s.times().size()) {
      throw new NotFoundException("Question", String.valueOf(position));
    }
    if (!s.attempt().isSubmitted() && position > s.moment().position()) {
      throw new NotFoundException("Question", String.valueOf(position));
    }
    String diagramId = s.interview().items().get(position).question().diagramId();
    if (diagramId == null) {
      throw new NotFoundException("Diagram", String.valueOf(position));
    }
    return questions.diagramShownInAttempt(diagramId);
  }

  /**
   * One of the caller's handed-in attempts, for its feedback: another person's attempt, or one not
   * handed in, is not found.
   */
  public HandedInAttempt handedIn(@NotNull String attemptId) {
    Attempt attempt =
        attempts
            .find(attemptId)
            .filter(a -> a.subject().equals(caller.subject()) && a.isSubmitted())
            .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    return HandedInAttempt.of(attempt, Map.of());
  }

  /** The caller's attempts, newest first. */
  public List<AttemptRow> mine(int first, int size) {
    List<Object[]> rows = attempts.mine(caller.subject(), first, size);
    Set<String> back = takenBack.among(rows.stream().map(r -> ((Attempt) r[0]).id()).toList());
    return rows.stream()
        .map(r -> row((Attempt) r[0], (String) r[1], (ResultRelease) r[2], back))
        .toList();
  }

  public long countMine() {
    return attempts.countMine(caller.subject());
  }

  private Sitting open(String attemptId, boolean toWork) {
    return sittings.open(attemptId, toWork);
  }

  private Sitting open(String attemptId) {
    return sittings.open(attemptId, true);
  }

  private AssignmentTerms interviewTerms(String assignmentId) {
    AssignmentTerms terms = assignments.terms(assignmentId);
    if (terms.kind() != AssignmentKind.INTERVIEW) {
      throw new NotFoundException("Interview assignment", assignmentId);
    }
    return terms;
  }

  /** Results released automatically are the student's to see, unless a coach took them back. */
  private static boolean released(Attempt a, ResultRelease release, Set<String> takenBack) {
    return a.isSubmitted() && release == ResultRelease.AUTOMATIC && !takenBack.contains(a.id());
  }

  private static AttemptRow row(
      Attempt a, String title, ResultRelease release, Set<String> takenBack) {
    boolean released = released(a, release, takenBack);
    return new AttemptRow(
        a.id(),
        a.assignmentId(),
        title,
        a.number(),
        a.startedAt(),
        a.endsAt(),
        a.status(),
        a.submittedAt(),
        a.isLate(),
        released ? a.autoPoints() : null,
        released ? a.autoMax() : null);
  }
}
