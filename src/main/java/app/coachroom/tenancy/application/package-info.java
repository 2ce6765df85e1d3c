/** The request's caller and active tenant, tenant lookup, and the role-check interceptor. */
package app.coachroom.tenancy.application;
