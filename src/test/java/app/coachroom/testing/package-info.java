/** Test support: deployments of the real WAR, tenant fixtures, browser helpers. */
package app.coachroom.testing;
