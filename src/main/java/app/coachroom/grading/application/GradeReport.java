package app.coachroom.grading.application;

import app.coachroom.grading.domain.ReviewStatus;
import java.io.Serializable;

/**
 * One attempt's feedback as a coach prints it for the student's file: whose (a code while grading
 * is anonymous), what, and the feedback as the student reads it once released.
 *
 * @param studentName null while hidden (or for a former student)
 * @param anonymousAs what the student is called while grading is anonymous, else null
 * @param status null while nobody has begun a review
 * @param feedback null while nobody has begun a review
 */
public record GradeReport(
    String studentName,
    String anonymousAs,
    String assignmentTitle,
    String cohortName,
    int attemptNumber,
    HandedIn handedIn,
    ReviewStatus status,
    FeedbackView feedback)
    implements Serializable {}
