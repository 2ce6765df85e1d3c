/** What two or more features really share: ID generation, error types, base web plumbing. */
package app.coachroom.shared;
