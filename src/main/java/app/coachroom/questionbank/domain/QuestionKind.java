package app.coachroom.questionbank.domain;

/** What kind of answer a question asks for; each kind has its own fields and rules. */
public enum QuestionKind {
  /** Answered in STAR form: situation, task, action, result. */
  BEHAVIOURAL,
  TECHNICAL_TEXT,
  /** Language, optional starter code and a reference solution that only coaches see. */
  CODING,
  SYSTEM_DESIGN,
  /** One or several correct choices; scored automatically. */
  MULTIPLE_CHOICE,
  /** Answered by an audio or video recording. */
  SPOKEN
}
