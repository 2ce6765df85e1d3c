package app.coachroom.testing;

import app.coachroom.cohort.application.CohortDetails;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.identity.Caller;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.rubric.application.RubricService;
import app.coachroom.shared.domain.InterviewStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What the attempt and grading tests set up first, made by the coach signed in: a cohort with its
 * students, and a published interview template graded by the sample rubric.
 */
@ApplicationScoped
public class InterviewRounds {
  @Inject CohortService cohorts;
  @Inject RosterService rosters;
  @Inject RubricService rubrics;
  @Inject InterviewTemplateService templates;
  @Inject Caller caller;

  /** A new cohort of the current tenant with these students on its roster; returns its ID. */
  public String cohortWith(List<String> students) {
    String alias = caller.tenant().orElseThrow().alias();
    String cohort = cohorts.create(new CohortDetails("Cohort " + alias, null, null)).id();
    rosters.add(cohort, CohortRole.STUDENT, students);
    return cohort;
  }

  /**
   * Publishes a template of these items, by default graded by the sample rubric; returns its ID.
   */
  public String publish(
      String title,
      String instructions,
      InterviewStage stage,
      int overallSeconds,
      List<TemplateContent.Item> items) {
    String rubric = rubrics.create(SampleContent.rubric(title + " rubric")).id();
    return templates
        .saveAndPublish(
            null, 0, new TemplateContent(title, instructions, stage, overallSeconds, rubric, items))
        .id();
  }
}
