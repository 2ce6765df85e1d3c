package app.coachroom.assignment.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.AssignmentKind;
import app.coachroom.assignment.domain.LatePolicy;
import app.coachroom.assignment.domain.ResultRelease;
import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.application.PublishedVersion;
import app.coachroom.shared.persistence.SchemaMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * With the dev-only demo data on, gives the demo cohort two of the starter pack's interviews (the
 * mixed practice one and the technical one with a system-design question), open now and due in two
 * weeks, so student.demo has something to take. Runs after the starter pack import, for each only
 * while the cohort was not given it yet.
 */
@ApplicationScoped
public class DemoAssignment {
  private static final Logger LOG = Logger.getLogger(DemoAssignment.class.getName());
  static final ActiveTenant DEMO =
      new ActiveTenant("10000000-0000-4000-8000-000000000001", "demo", "Demo Bootcamp");
  static final String DEMO_COHORT = "30000000-0000-4000-8000-000000000001";

  /**
   * The starter pack's interviews the demo cohort is given: every kind of question between them.
   */
  static final List<String> TEMPLATES =
      List.of("Practice interview (mixed)", "Technical interview: APIs and data");

  @Inject Caller caller;
  @Inject AssignmentService assignments;
  @Inject InterviewTemplateService templates;
  @Inject Clock clock;

  @ActivateRequestContext
  void onMigrated(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 600) SchemaMigrated migrated) {
    if (!migrated.demoSeed()) {
      return;
    }
    try {
      caller.actAsSystem(DEMO, Set.of(TENANT_ADMIN));
      Set<String> given =
          assignments.page(DEMO_COHORT, 0, 500).stream()
              .map(AssignmentView::title)
              .collect(Collectors.toSet());
      for (String title : TEMPLATES) {
        if (!given.contains(title)) {
          assign(title);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo tenant: assigning the practice interviews failed", e);
    }
  }

  private void assign(String title) {
    PublishedVersion template =
        templates.assignable().stream()
            .filter(v -> v.title().equals(title))
            .findFirst()
            .orElse(null);
    if (template == null) {
      return;
    }
    // the demo bootcamp is in UTC
    LocalDateTime now =
        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.HOURS);
    assignments.create(
        DEMO_COHORT,
        new AssignmentInput(
            AssignmentKind.INTERVIEW,
            template.templateId(),
            now.minusHours(1),
            now.plusDays(14),
            3,
            LatePolicy.ACCEPT_LATE,
            0,
            ResultRelease.AUTOMATIC,
            false));
    LOG.info(() -> "Demo tenant: " + title + " assigned to the demo cohort");
  }
}
