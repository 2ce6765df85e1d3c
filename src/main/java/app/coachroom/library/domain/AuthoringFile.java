package app.coachroom.library.domain;

import app.coachroom.competency.domain.CompetencyKind;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.rubric.domain.RubricContent;
import java.io.Serializable;
import java.util.List;

/**
 * A tenant's question bank and rubrics as a file holds them. Competencies are referred to by name
 * (IDs mean nothing in another tenant): in {@link QuestionContent#competencyIds()} and {@link
 * RubricContent.Criterion#competencyId()} of an entry, the strings are competency names.
 */
public record AuthoringFile(
    List<CompetencyEntry> competencies, List<QuestionEntry> questions, List<RubricEntry> rubrics)
    implements Serializable {

  public static final String FORMAT = "coachroom.authoring";
  public static final int VERSION = 1;

  public AuthoringFile {
    competencies = List.copyOf(competencies);
    questions = List.copyOf(questions);
    rubrics = List.copyOf(rubrics);
  }

  public record CompetencyEntry(
      String name, String description, CompetencyKind kind, boolean archived)
      implements Serializable {}

  /**
   * A question; its content names competencies rather than giving their IDs, and carries its
   * diagram (if any) itself rather than a stored diagram's ID.
   */
  public record QuestionEntry(QuestionContent content, boolean archived, DiagramImage diagram)
      implements Serializable {

    public QuestionEntry(QuestionContent content, boolean archived) {
      this(content, archived, null);
    }
  }

  /** A rubric; each criterion names its competency rather than giving its ID. */
  public record RubricEntry(RubricContent content, boolean archived) implements Serializable {}
}
