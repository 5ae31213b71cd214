/**
 * A numbered schema change. Once a version has shipped its SQL is never edited: databases
 * in the field already ran it, so a fix is always a new, higher-numbered migration.
 */
export interface Migration {
  /** The `user_version` the database has after this migration; 1, 2, 3, ... without gaps. */
  readonly version: number;
  /**
   * Statements run inside one transaction together with the version bump. They must not
   * contain BEGIN/COMMIT, and table rebuilds may rely on foreign keys being off while they
   * run (the runner checks `foreign_key_check` before committing).
   */
  readonly sql: string;
}
