package app.coachroom.interviewtemplate.domain;

import app.coachroom.shared.domain.InterviewStage;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a coach writes in one version of a template, as typed; {@link TemplateVersion} checks
 * it. Times are in seconds; null means the coach left the field empty.
 *
 * @param defaultRubricId the rubric for every question without its own (may be null)
 */
public record TemplateContent(
    String title,
    String instructions,
    InterviewStage stage,
    Integer overallSeconds,
    String defaultRubricId,
    List<Item> items)
    implements Serializable {

  public TemplateContent {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * One question of the template, in order.
   *
   * @param rubricId this question's own rubric, or null for the template's default
   */
  public record Item(String questionId, Integer prepSeconds, Integer answerSeconds, String rubricId)
      implements Serializable {}
}
