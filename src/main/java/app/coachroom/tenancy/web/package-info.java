/**
 * Sign-in plumbing: the OIDC mechanism (Keycloak), the filter that turns the verified token into
 * the request's caller and tenant, the tenant chooser and switcher, and sign-out.
 */
package app.coachroom.tenancy.web;
