/**
 * Taking a mock interview: a student's timed attempt at an assigned template version, one question
 * at a time with its preparation and answer time kept by the server, answers autosaved as they are
 * typed, multiple choice scored at submit, and the student's history of attempts.
 */
package app.coachroom.attempt;
