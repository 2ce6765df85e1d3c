package app.coachroom.attempt.application;

import static app.coachroom.identity.Role.STUDENT;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.Recording;
import app.coachroom.attempt.domain.RecordingChunk;
import app.coachroom.attempt.domain.RecordingRules;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import app.coachroom.identity.RequiresRole;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Recorded answers, uploaded in chunks while the student records: a take is begun while the
 * question's answer time runs; its chunks are taken (each once: a repeated chunk is recognised by
 * its digest) until a little after that time; finishing checks that every chunk arrived and makes
 * the recording the question's answer. Handing in the attempt ends all of it.
 */
@ApplicationScoped
@Transactional
@RequiresRole(STUDENT)
public class Recordings {
  @Inject Sittings sittings;
  @Inject AttemptRepository attempts;

  /** Begins a (new) take of the current question's recording; returns its number. */
  public int begin(@NotNull String attemptId, int position, String mediaType) {
    Sitting s = sittings.answering(attemptId, position, "recording");
    QuestionContent question = s.content(position);
    if (question.kind() != QuestionKind.SPOKEN) {
      throw new RuleViolationException("recording", "attempt.answer.wrongKind");
    }
    String type = RecordingRules.mediaType(mediaType, question.answerMedia());
    Instant acceptUntil = s.moment().phaseEndsAt().plusSeconds(RecordingRules.UPLOAD_GRACE_SECONDS);
    long maxBytes =
        RecordingRules.maxBytes(question.answerMedia(), s.times().get(position).answerSeconds());
    Recording recording = attempts.recording(attemptId, position).orElse(null);
    if (recording == null) {
      recording = new Recording(attemptId, position, type, acceptUntil, maxBytes, s.moment().now());
      attempts.add(recording);
    } else {
      // takes never finished go; the saved take stays until a new one is finished
      attempts.deleteChunksBut(recording.id(), savedTake(attemptId, position), Integer.MAX_VALUE);
      recording.begin(type, acceptUntil, maxBytes);
    }
    attempts.flush();
    return recording.take();
  }

  /**
   * Stores one chunk of a take. The first must start like the recording's container; a chunk sent
   * again with the same bytes is accepted once; the same number with other bytes is refused.
   * Returns how many bytes the take has.
   */
  public long chunk(@NotNull String attemptId, int position, int take, int seq, byte[] data) {
    Sitting s = sittings.open(attemptId, true);
    if (s.attempt().isSubmitted()) {
      throw new RuleViolationException("recording", "attempt.save.submitted");
    }
    Recording recording = recordingOf(s, position);
    Instant now = s.moment().now();
    recording.requireAccepting(take, now);
    if (seq < 0
        || seq >= RecordingRules.maxChunks(s.times().get(position).answerSeconds())
        || data.length == 0
        || data.length > RecordingRules.CHUNK_MAX) {
      throw new RuleViolationException("recording", "attempt.recording.chunk");
    }
    if (seq == 0) {
      RecordingRules.checkStart(data, recording.mediaType());
    }
    String digest = sha256(data);
    var existing = attempts.chunkDigest(recording.id(), take, seq);
    if (existing.isPresent()) {
      if (!existing.get().equals(digest)) {
        throw new RuleViolationException("recording", "attempt.recording.chunkConflict");
      }
      return recording.bytes();
    }
    recording.add(data.length);
    attempts.add(new RecordingChunk(recording.id(), take, seq, data, digest, now));
    return recording.bytes();
  }

  /**
   * Finishes a take of {@code chunks} chunks: refused (and left open, so the page sends what is
   * missing) unless chunks 0 to {@code chunks - 1} all arrived. The recording becomes the answer.
   */
  public SaveResult finish(@NotNull String attemptId, int position, int take, int chunks) {
    Sitting s = sittings.open(attemptId, true);
    if (s.attempt().isSubmitted()) {
      throw new RuleViolationException("recording", "attempt.save.submitted");
    }
    Recording recording = recordingOf(s, position);
    Instant now = s.moment().now();
    Answer saved = attempts.answer(attemptId, position).orElse(null);
    if (recording.isComplete() && recording.take() == take && recording.chunks() == chunks) {
      // the same finish again (its answer was lost on the way)
      return SaveResult.saved(saved.revision(), saved.savedAt(), ClockView.of(s.moment()));
    }
    recording.requireAccepting(take, now);
    List<Integer> stored = attempts.chunkNumbers(recording.id(), take);
    if (chunks < 1 || stored.size() != chunks || RecordedAnswers.unbroken(stored) != chunks) {
      throw new RuleViolationException("recording", "attempt.recording.missing");
    }
    Answer answer = RecordedAnswers.keep(attempts, recording, chunks, now);
    return SaveResult.saved(answer.revision(), now, ClockView.of(s.moment()));
  }

  /** The take the question's saved answer names, or 0 when none is saved. */
  private int savedTake(String attemptId, int position) {
    return attempts
        .answer(attemptId, position)
        .flatMap(a -> AnswerJson.recorded(a.body()))
        .map(AnswerJson.Recorded::take)
        .orElse(0);
  }

  private Recording recordingOf(Sitting s, int position) {
    return attempts
        .recording(s.attempt().id(), position)
        .orElseThrow(() -> new NotFoundException("Recording", String.valueOf(position)));
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
