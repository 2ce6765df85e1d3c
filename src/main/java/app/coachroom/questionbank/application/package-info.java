/** Question bank use cases: search, write, duplicate, archive; coaches and tenant admins only. */
package app.coachroom.questionbank.application;
