/** Grading use cases: opening, saving, holding and releasing reviews, and their history. */
package app.coachroom.grading.application;
