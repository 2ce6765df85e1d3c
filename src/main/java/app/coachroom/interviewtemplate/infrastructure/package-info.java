/** Template persistence. */
package app.coachroom.interviewtemplate.infrastructure;
