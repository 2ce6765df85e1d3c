package app.coachroom.questionbank.domain;

/** Languages a coding question can be set in (the editor highlights by it). */
public enum CodingLanguage {
  JAVA,
  KOTLIN,
  PYTHON,
  JAVASCRIPT,
  TYPESCRIPT,
  GO,
  CSHARP,
  SQL,
  OTHER
}
