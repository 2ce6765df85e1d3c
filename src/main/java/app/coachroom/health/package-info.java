/** Readiness checks (MicroProfile Health): is the database reachable, is Keycloak reachable. */
package app.coachroom.health;
