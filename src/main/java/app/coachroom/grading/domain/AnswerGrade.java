package app.coachroom.grading.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a coach gives one answer: the points of the level picked per rubric criterion (null where
 * none is picked yet), a comment, and for an automatically scored question an override with its
 * reason.
 */
public record AnswerGrade(
    List<Integer> levels, String comment, Integer overridePoints, String overrideReason)
    implements Serializable {

  public AnswerGrade {
    levels = Collections.unmodifiableList(new ArrayList<>(levels == null ? List.of() : levels));
  }

  /** Nothing given yet, for a question with {@code criteria} criteria. */
  public static AnswerGrade empty(int criteria) {
    return new AnswerGrade(Collections.nCopies(criteria, null), null, null, null);
  }
}
