/** Web plumbing every screen relies on: error pages and handling, security headers, messages. */
package app.coachroom.shared.web;
