/** Assignment use cases with their transactions and role checks. */
package app.coachroom.assignment.application;
