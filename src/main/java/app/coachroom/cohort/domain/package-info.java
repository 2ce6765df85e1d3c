/** The cohort entity, its membership rows and its rules (name, dates, archiving). */
package app.coachroom.cohort.domain;
