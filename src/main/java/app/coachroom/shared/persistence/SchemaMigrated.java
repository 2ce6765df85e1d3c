package app.coachroom.shared.persistence;

/**
 * Fired once the schema is up to date (at deploy, or at the first retry that works).
 *
 * @param demoSeed whether the dev-only demo data is on (coachroom.demo-seed)
 */
public record SchemaMigrated(boolean demoSeed) {}
