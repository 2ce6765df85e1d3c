/** Error types and value rules used by every feature's domain and services. */
package app.coachroom.shared.domain;
