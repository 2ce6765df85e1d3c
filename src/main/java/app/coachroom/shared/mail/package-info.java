/** The app's own e-mail (notices to people), sent through the SMTP server the server names. */
package app.coachroom.shared.mail;
