package app.coachroom.attempt;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.attempt.application.AnswerFiles;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.Recordings;
import app.coachroom.attempt.application.SaveResult;
import app.coachroom.attempt.domain.RecordingRules;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.InContainerTest;
import app.coachroom.testing.InterviewRounds;
import app.coachroom.testing.SampleContent;
import app.coachroom.testing.TenantFixture;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recorded answers on a real server and database: the type and content checks, chunks taken once (a
 * retried chunk is recognised), finishing only when every chunk arrived, the size budget of the
 * answer time, streaming back byte for byte, a new take replacing the old one, nothing after
 * handing in, and who hears it: the student, and once handed in the bootcamp's coaches and admins.
 */
class RecordingIT extends InContainerTest {
  private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

  @Inject Recordings recordings;
  @Inject AnswerFiles files;
  @Inject AttemptService attempts;
  @Inject AssignmentService assignments;
  @Inject RosterService rosters;
  @Inject QuestionService questions;
  @Inject TenantFixture fixture;
  @Inject InterviewRounds rounds;

  private ActiveTenant tenant;
  private String coach;
  private String student;
  private String other;
  private String attempt;

  @BeforeEach
  void aStudentAnsweringASpokenQuestion() {
    tenant = fixture.newTenant();
    coach = fixture.newPerson(tenant, COACH);
    student = fixture.newPerson(tenant, STUDENT);
    other = fixture.newPerson(tenant, STUDENT);
    fixture.signIn(coach, tenant);
    String cohort = rounds.cohortWith(List.of(student, other));
    String spoken = questions.create(SampleContent.spokenAudio("Tell us")).id();
    String template =
        rounds.publish(
            "Spoken round",
            null,
            InterviewStage.APPLICATION_SCREEN,
            600,
            List.of(new TemplateContent.Item(spoken, 0, 60, null)));
    String assignment =
        assignments
            .create(
                cohort,
                SampleContent.interviewOpenNow(
                    template, 1, LatePolicy.ACCEPT_LATE, ResultRelease.AUTOMATIC))
            .id();
    fixture.signIn(student, tenant);
    attempt = attempts.start(assignment);
  }

  @Test
  void aRecordingArrivesInChunksOnceEachAndPlaysBackByteForByte() {
    assertRefused("attempt.recording.type", () -> recordings.begin(attempt, 0, "video/webm"));
    assertRefused("attempt.recording.type", () -> recordings.begin(attempt, 0, "text/html"));
    int take = recordings.begin(attempt, 0, "audio/webm;codecs=opus");
    assertEquals(1, take);

    byte[] first = chunk(WEBM, 1000, (byte) 1);
    byte[] second = chunk(new byte[0], 2000, (byte) 2);
    byte[] third = chunk(new byte[0], 500, (byte) 3);
    assertRefused(
        "attempt.recording.content",
        () -> recordings.chunk(attempt, 0, take, 0, "<html>".getBytes()));
    assertEquals(1000, recordings.chunk(attempt, 0, take, 0, first));
    assertEquals(1000, recordings.chunk(attempt, 0, take, 0, first), "a retried chunk counts once");
    assertRefused(
        "attempt.recording.chunkConflict",
        () -> recordings.chunk(attempt, 0, take, 0, chunk(WEBM, 1000, (byte) 9)));
    recordings.chunk(attempt, 0, take, 2, third);
    assertRefused("attempt.recording.missing", () -> recordings.finish(attempt, 0, take, 3));
    recordings.chunk(attempt, 0, take, 1, second);
    assertRefused(
        "attempt.recording.replaced", () -> recordings.chunk(attempt, 0, take + 1, 3, second));

    SaveResult saved = recordings.finish(attempt, 0, take, 3);
    assertEquals(SaveResult.Outcome.SAVED, saved.outcome());
    assertEquals(
        saved.revision(),
        recordings.finish(attempt, 0, take, 3).revision(),
        "the same finish again (its answer lost) is accepted as done");
    assertTrue(attempts.current(attempt).answer().isRecorded());
    assertRefused("attempt.recording.finished", () -> recordings.chunk(attempt, 0, take, 3, third));

    AnswerFiles.RecordedFile file = files.recording(attempt, 0);
    assertEquals("audio/webm", file.mediaType());
    assertEquals(concat(first, second, third).length, file.bytes());
    assertArrayEquals(concat(first, second, third), played());

    // a new take replaces the old one only once it is finished
    int again = recordings.begin(attempt, 0, "audio/webm");
    assertEquals(2, again);
    assertRefused("attempt.recording.replaced", () -> recordings.chunk(attempt, 0, take, 3, third));
    assertArrayEquals(concat(first, second, third), played(), "the saved take still plays");
    byte[] retake = chunk(WEBM, 700, (byte) 7);
    recordings.chunk(attempt, 0, again, 0, retake);
    recordings.finish(attempt, 0, again, 1);
    assertArrayEquals(retake, played());
    assertEquals(1, fixture.rows("recording_chunk", tenant), "the old take's chunks are gone");
  }

  @Test
  void whatArrivedWhenTheTimeRanOutIsKeptWithoutAGap() {
    int take = recordings.begin(attempt, 0, "audio/webm");
    byte[] first = chunk(WEBM, 300, (byte) 1);
    byte[] second = chunk(new byte[0], 300, (byte) 2);
    recordings.chunk(attempt, 0, take, 0, first);
    recordings.chunk(attempt, 0, take, 1, second);
    recordings.chunk(attempt, 0, take, 3, chunk(new byte[0], 300, (byte) 4));
    attempts.submit(attempt);
    assertArrayEquals(concat(first, second), played(), "chunks 0 and 1; 3 came after a gap");
    assertEquals(2, fixture.rows("recording_chunk", tenant), "nothing after the gap is kept");
  }

  private byte[] played() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.write(files.recording(attempt, 0), out);
    return out.toByteArray();
  }

  @Test
  void aRecordingLongerThanTheAnswerTimeAllowsIsRefused() {
    int take = recordings.begin(attempt, 0, "audio/webm");
    // 60 s of answer time allow 256 KiB + 60 x 40,000 bytes (about 2.6 MB)
    recordings.chunk(attempt, 0, take, 0, chunk(WEBM, RecordingRules.CHUNK_MAX, (byte) 1));
    recordings.chunk(attempt, 0, take, 1, chunk(new byte[0], RecordingRules.CHUNK_MAX, (byte) 2));
    assertRefused(
        "attempt.recording.tooLong",
        () ->
            recordings.chunk(
                attempt, 0, take, 2, chunk(new byte[0], RecordingRules.CHUNK_MAX, (byte) 3)));
    assertRefused(
        "attempt.recording.chunk", () -> recordings.chunk(attempt, 0, take, 2, new byte[0]));
  }

  @Test
  void aTakeSplitIntoMoreChunksThanItsSecondsIsRefused() {
    int take = recordings.begin(attempt, 0, "audio/webm");
    recordings.chunk(attempt, 0, take, 0, chunk(WEBM, 10, (byte) 1));
    // 60 s of answer time: one-second slices, with room to spare, end before chunk 136
    int last = RecordingRules.maxChunks(60) - 1;
    assertEquals(135, last);
    recordings.chunk(attempt, 0, take, last, chunk(new byte[0], 10, (byte) 2));
    assertRefused(
        "attempt.recording.chunk",
        () -> recordings.chunk(attempt, 0, take, last + 1, chunk(new byte[0], 10, (byte) 3)));
    assertRefused(
        "attempt.recording.chunk",
        () ->
            recordings.chunk(
                attempt, 0, take, Integer.MAX_VALUE, chunk(new byte[0], 10, (byte) 3)));
    assertEquals(2, fixture.rows("recording_chunk", tenant), "nothing of the refused is kept");
  }

  @Test
  void nothingIsTakenAfterHandingInAndNobodyElseReachesIt() {
    int take = recordings.begin(attempt, 0, "audio/webm");
    recordings.chunk(attempt, 0, take, 0, chunk(WEBM, 100, (byte) 1));

    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, () -> recordings.begin(attempt, 0, "audio/webm"));
    assertThrows(
        NotFoundException.class,
        () -> recordings.chunk(attempt, 0, take, 1, chunk(new byte[0], 10, (byte) 2)));
    assertThrows(NotFoundException.class, () -> files.recording(attempt, 0));

    fixture.signIn(coach, tenant);
    assertThrows(NotFoundException.class, this::played, "coaches wait for the hand-in");

    fixture.signIn(student, tenant);
    attempts.submit(attempt);
    assertRefused(
        "attempt.save.submitted",
        () -> recordings.chunk(attempt, 0, take, 1, chunk(new byte[0], 10, (byte) 2)));
    assertRefused("attempt.save.submitted", () -> recordings.begin(attempt, 0, "audio/webm"));
    assertEquals(100, played().length, "what arrived before handing in is the answer");

    // handed in, it is there for the cohort's coaches and the bootcamp's admins, and nobody else
    fixture.signIn(fixture.newPerson(tenant, COACH), tenant);
    assertThrows(NotFoundException.class, this::played, "not this cohort's coach");
    fixture.signIn(coach, tenant);
    assertEquals(100, played().length);
    fixture.signIn(fixture.newPerson(tenant, TENANT_ADMIN), tenant);
    assertEquals(100, played().length);
    fixture.signIn(other, tenant);
    assertThrows(NotFoundException.class, this::played);
    ActiveTenant elsewhere = fixture.newTenant();
    fixture.signIn(fixture.newPerson(elsewhere, COACH), elsewhere);
    assertThrows(NotFoundException.class, this::played);
  }

  private static byte[] chunk(byte[] start, int size, byte fill) {
    byte[] data = new byte[size];
    Arrays.fill(data, fill);
    System.arraycopy(start, 0, data, 0, start.length);
    return data;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static void assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
  }
}
