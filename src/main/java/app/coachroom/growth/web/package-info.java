/** The pages of growth per competency. */
package app.coachroom.growth.web;
