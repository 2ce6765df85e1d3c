/** Export, import (all or nothing) and the starter pack. */
package app.coachroom.library.application;
