/** Backing bean of library/library.xhtml. */
package app.coachroom.library.web;
