/**
 * Tenants (one per Keycloak organization), memberships (a person's roles in a tenant), the
 * request's caller and active tenant, and the role checks every service relies on.
 */
package app.coachroom.tenancy;
