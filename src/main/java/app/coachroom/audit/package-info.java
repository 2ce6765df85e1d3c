/**
 * The audit log of administrative actions (tenants, members, settings): who did what, when, in
 * which tenant. Tenant admins read their tenant's; the platform admin reads all.
 */
package app.coachroom.audit;
