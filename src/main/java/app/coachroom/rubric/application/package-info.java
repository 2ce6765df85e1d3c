/** Rubric use cases: list, write, duplicate, archive, preview; coaches and tenant admins only. */
package app.coachroom.rubric.application;
