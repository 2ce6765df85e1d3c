package app.coachroom.assignment.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.assignment.domain.Assignment;
import app.coachroom.assignment.infrastructure.AssignmentRepository;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.FrozenInterviews;
import app.coachroom.questionbank.application.SealedAnswerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Set;

/**
 * The interviews the caller takes as a student: those assigned to every cohort they are on the
 * roster of as a student (archived cohorts included). Someone who also coaches or administers the
 * bootcamp reads none of their questions' answer keys, and grades no attempt at an interview that
 * asks any of those questions, in any cohort (another version of the same template, say).
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH, STUDENT})
public class InterviewsTaken implements SealedAnswerKeys {
  @Inject AssignmentRepository assignments;
  @Inject FrozenInterviews interviews;
  @Inject Caller caller;

  @Override
  public Set<String> questionIds() {
    return interviews.questionIds(
        Set.copyOf(assignments.interviewVersionsStudiedBy(caller.subject())));
  }

  /**
   * Whether the assignment is closed to the caller as a grader: it asks a question of an interview
   * they take as a student.
   */
  public boolean blocks(String assignmentId) {
    Set<String> sealed = questionIds();
    if (sealed.isEmpty()) {
      return false;
    }
    return assignments
        .find(assignmentId)
        .map(Assignment::templateVersionId)
        .map(version -> !Collections.disjoint(sealed, interviews.questionIds(Set.of(version))))
        .orElse(false);
  }
}
