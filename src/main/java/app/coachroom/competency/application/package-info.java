/** Competency use cases: list, create, edit, archive; coaches and tenant admins only. */
package app.coachroom.competency.application;
