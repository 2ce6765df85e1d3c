/**
 * Bootcamps (one per Keycloak organization) and their people: sign-in glue that fills the identity
 * kernel's caller, memberships and roles, inviting and removing people, bootcamp settings.
 */
package app.coachroom.tenancy;
