package app.coachroom.grading.application;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.grading.domain.AnswerGrade;
import app.coachroom.grading.domain.Grading;
import app.coachroom.grading.domain.Review;
import app.coachroom.interviewtemplate.application.FrozenInterview;
import app.coachroom.rubric.domain.RubricContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A review as feedback: per answer the levels reached with their descriptors and the comment, the
 * total, and the points per competency. The student reads it once released ({@link Feedback}); the
 * coach prints it as a report.
 */
@ApplicationScoped
class FeedbackViews {
  @Inject CompetencyService competencies;

  FeedbackView of(FrozenInterview interview, Review review) {
    Map<String, String> names =
        competencies.names(
            interview.items().stream()
                .filter(i -> i.rubric() != null)
                .flatMap(i -> i.rubric().criteria().stream())
                .map(RubricContent.Criterion::competencyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<FeedbackView.AnswerFeedback> answers = new ArrayList<>();
    Map<String, int[]> byCompetency = new LinkedHashMap<>();
    for (int i = 0; i < interview.items().size(); i++) {
      FrozenInterview.Item item = interview.items().get(i);
      RubricContent rubric = item.rubric();
      AnswerGrade grade = review.grade(i, rubric == null ? 0 : rubric.criteria().size());
      List<FeedbackView.CriterionResult> criteria = new ArrayList<>();
      if (rubric != null) {
        for (int c = 0; c < rubric.criteria().size(); c++) {
          RubricContent.Criterion criterion = rubric.criteria().get(c);
          Integer points = grade.levels().get(c);
          criteria.add(
              new FeedbackView.CriterionResult(
                  criterion.title(), points, criterion.maxPoints(), descriptor(criterion, points)));
          String competency = names.get(criterion.competencyId());
          if (competency != null) {
            int[] sum = byCompetency.computeIfAbsent(competency, k -> new int[2]);
            sum[0] += points == null ? 0 : points;
            sum[1] += criterion.maxPoints();
          }
        }
      }
      answers.add(
          new FeedbackView.AnswerFeedback(
              i + 1,
              item.question().title(),
              review.answerPoints(i),
              rubric == null ? Grading.AUTO_MAX : rubric.totalPoints(),
              rubric == null,
              grade.overridePoints() != null,
              grade.comment(),
              criteria));
    }
    return new FeedbackView(
        review.points(),
        review.maxPoints(),
        review.overallComment(),
        review.releasedAt(),
        answers,
        byCompetency.entrySet().stream()
            .map(
                e ->
                    new FeedbackView.CompetencyResult(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList());
  }

  private static String descriptor(RubricContent.Criterion criterion, Integer points) {
    return points == null
        ? null
        : criterion.levels().stream()
            .filter(l -> l.points() == points)
            .map(RubricContent.Level::descriptor)
            .findFirst()
            .orElse(null);
  }
}
