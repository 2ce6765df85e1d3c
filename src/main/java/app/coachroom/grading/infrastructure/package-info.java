/** JPA access to reviews and their score history. */
package app.coachroom.grading.infrastructure;
