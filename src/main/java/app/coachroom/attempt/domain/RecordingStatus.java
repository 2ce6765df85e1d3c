package app.coachroom.attempt.domain;

/** Whether a recording's chunks are still arriving. */
public enum RecordingStatus {
  RECORDING,
  /** Every chunk arrived; it is the question's answer. */
  COMPLETE
}
