package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.InterviewsTaken;
import app.coachroom.assignment.domain.Anonymity;
import app.coachroom.attempt.domain.AnswerDiagram;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.Attempt;
import app.coachroom.attempt.domain.Recording;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The files of an attempt's answers (recordings and uploaded diagrams), read back by who may see
 * them: the student who made them, at any time, and once the attempt is handed in the coaches of
 * its cohort (who grade it) and the bootcamp's admins. Anyone else, another bootcamp included,
 * finds nothing there. Reading takes no lock, so playing a recording back never holds up saving.
 */
@ApplicationScoped
@Transactional
@RequiresRole({STUDENT, COACH, TENANT_ADMIN})
public class AnswerFiles {
  @Inject AttemptRepository attempts;
  @Inject AssignmentService assignments;
  @Inject CohortService cohorts;
  @Inject InterviewsTaken taken;
  @Inject Caller caller;

  /**
   * A recorded answer as it will be sent: its type, size and chunks, and the file's name. Looking
   * it up checks who may hear it, before anything is sent.
   */
  public RecordedFile recording(@NotNull String attemptId, int position) {
    Attempt attempt = readable(attemptId);
    AnswerJson.Recorded recorded =
        attempts
            .answer(attemptId, position)
            .flatMap(a -> AnswerJson.recorded(a.body()))
            .orElseThrow(() -> new NotFoundException("Recording", String.valueOf(position)));
    Recording recording =
        attempts
            .recording(attemptId, position)
            .orElseThrow(() -> new NotFoundException("Recording", String.valueOf(position)));
    int take = recorded.take();
    return new RecordedFile(
        recorded.mediaType(),
        attempts.chunkBytes(recording.id(), take),
        fileName(attempt, position),
        attempts.chunkIds(recording.id(), take));
  }

  /**
   * A recorded answer's type, size, file name (without extension) and chunks in order.
   *
   * @param fileName "attempt-2-question-3", or "answer-&lt;code&gt;-question-3" for a grader while
   *     the assignment hides identities (an attempt number could tell whose it is)
   */
  public record RecordedFile(
      String mediaType, long bytes, String fileName, List<String> chunkIds) {}

  /**
   * Writes a recorded answer's chunks to {@code out} one by one (never the whole recording in
   * memory), once the response's head is out. Should the student finish a new take and begin
   * another meanwhile, the old chunks are gone and the body ends short of its announced length.
   */
  public void write(@NotNull RecordedFile file, @NotNull OutputStream out) {
    try {
      for (String chunkId : file.chunkIds()) {
        out.write(attempts.chunkData(chunkId));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagram uploaded with the answer to one question, and the file's name. */
  public Uploaded diagram(@NotNull String attemptId, int position) {
    Attempt attempt = readable(attemptId);
    AnswerDiagram diagram =
        attempts
            .answerDiagram(attemptId, position)
            .orElseThrow(() -> new NotFoundException("Diagram", String.valueOf(position)));
    return new Uploaded(diagram.image(), fileName(attempt, position));
  }

  /**
   * An uploaded image and the name to send it under (without extension; never the student's own).
   */
  public record Uploaded(DiagramImage image, String fileName) {}

  /**
   * What an answer's file is called: by attempt number, except for a grader while the assignment
   * hides identities, who gets the attempt's anonymous code instead.
   */
  private String fileName(Attempt attempt, int position) {
    String question = "-question-" + (position + 1);
    boolean hidden =
        !attempt.subject().equals(caller.subject())
            && assignments.find(attempt.assignmentId()).hidesIdentities();
    return hidden
        ? "answer-" + Anonymity.code(attempt.id()) + question
        : "attempt-" + attempt.number() + question;
  }

  private Attempt readable(String attemptId) {
    return attempts
        .find(attemptId)
        .filter(a -> a.subject().equals(caller.subject()) || (a.isSubmitted() && grades(a)))
        .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
  }

  /**
   * The bootcamp's admins, and the coaches of the attempt's cohort (those who grade it); not who
   * takes an interview asking the same questions as a student.
   */
  private boolean grades(Attempt attempt) {
    return caller.hasAnyRole(TENANT_ADMIN, COACH)
        && assignments.cohortOf(attempt.assignmentId()).filter(cohorts::mayCoach).isPresent()
        && !taken.blocks(attempt.assignmentId());
  }
}
