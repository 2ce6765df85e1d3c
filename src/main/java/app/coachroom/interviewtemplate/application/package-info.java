/** Template use cases for coaches and tenant admins, and the views they return. */
package app.coachroom.interviewtemplate.application;
