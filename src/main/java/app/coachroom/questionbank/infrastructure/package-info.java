/** JPA queries for the question bank: filtered, paged search in SQL. */
package app.coachroom.questionbank.infrastructure;
