/**
 * The question bank: a tenant's interview questions of six kinds, tagged with competencies, stage
 * and difficulty. Coaches and tenant admins author them; students meet them only in interviews.
 */
package app.coachroom.questionbank;
