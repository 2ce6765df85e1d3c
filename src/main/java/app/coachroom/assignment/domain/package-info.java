/** The assignment entity, extensions and the time rules (windows, grace, extra time, zones). */
package app.coachroom.assignment.domain;
