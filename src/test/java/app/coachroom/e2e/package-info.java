/** Browser journeys in headless Chromium through the real Keycloak login, one per journey. */
package app.coachroom.e2e;
