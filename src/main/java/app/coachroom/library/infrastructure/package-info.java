/** Where a tenant's starter-pack import is recorded. */
package app.coachroom.library.infrastructure;
