/**
 * Bootcamp and people use cases: tenant lookup for sign-in, memberships behind the kernel's role
 * checks, invitations (one or a CSV file), settings and preferences.
 */
package app.coachroom.tenancy.application;
