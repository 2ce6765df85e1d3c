/** Course use cases: authoring (coaches, tenant admins) and reading (everyone, published only). */
package app.coachroom.course.application;
