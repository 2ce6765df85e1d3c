/**
 * The Jakarta REST edge every feature's HTTP resources share: the base of their applications, one
 * mapping of failures to statuses, and file downloads that cannot be sniffed into anything else.
 */
package app.coachroom.shared.web.rest;
