/**
 * The identity kernel every feature may use: who is calling ({@link app.coachroom.identity.Caller})
 * in which tenant, their roles and the role checks, and the tenant every query is scoped by. It
 * depends on no feature; tenancy fills it (sign-in, memberships).
 */
package app.coachroom.identity;
