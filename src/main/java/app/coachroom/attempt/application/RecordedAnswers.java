package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Answer;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.Recording;
import app.coachroom.attempt.infrastructure.AttemptRepository;
import java.time.Instant;
import java.util.List;

/**
 * Makes a recording's take the question's answer: its first {@code chunks} chunks are kept, every
 * other stored chunk of the recording (older takes, anything after a gap) goes. The answer names
 * the take, its type and size; playback streams exactly that.
 */
final class RecordedAnswers {
  private RecordedAnswers() {}

  static Answer keep(AttemptRepository attempts, Recording recording, int chunks, Instant now) {
    attempts.deleteChunksBut(recording.id(), recording.take(), chunks);
    long bytes = attempts.chunkBytes(recording.id(), recording.take());
    recording.complete();
    String body =
        AnswerJson.write(new AnswerJson.Recorded(recording.mediaType(), recording.take(), bytes));
    Answer answer = attempts.answer(recording.attemptId(), recording.position()).orElse(null);
    if (answer == null) {
      answer = new Answer(recording.attemptId(), recording.position(), body, now);
      attempts.add(answer);
    } else {
      answer.replace(answer.revision(), body, now);
    }
    return answer;
  }

  /** How many chunks from 0 on arrived without a gap. */
  static int unbroken(List<Integer> numbers) {
    int n = 0;
    while (n < numbers.size() && numbers.get(n) == n) {
      n++;
    }
    return n;
  }
}
