/**
 * Starts the real components for the run command and the integration tests: MySQL 8.0 (embedded, or
 * an external database by configuration), Keycloak with the dev realm, WildFly.
 */
package app.coachroom.devstack;
