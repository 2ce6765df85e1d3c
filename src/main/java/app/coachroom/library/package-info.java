/**
 * Moving authoring content in and out of a tenant: JSON export and import of the question bank and
 * rubrics (with the competencies they name), and the starter pack a tenant admin can import.
 */
package app.coachroom.library;
