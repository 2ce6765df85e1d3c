/** Tenant and membership entities and the tenant roles. */
package app.coachroom.tenancy.domain;
