/** JPA access to tenants and memberships, and the Hibernate tenant resolver. */
package app.coachroom.tenancy.infrastructure;
