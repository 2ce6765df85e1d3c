/** Reviews, how they are scored against the frozen rubrics, and their score history. */
package app.coachroom.grading.domain;
