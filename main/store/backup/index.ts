/** Rolling backups of the workspace database, taken off the main thread, and their listing. */
export {
  backupDatabase,
  pruneBackups,
  removeStaleTemps,
  BackupStopped,
  type BackupJob,
  type BackupResult,
} from './backupDatabase';
export { countMaps, findBackup, listBackupFiles, newestRolling, type BackupEntry } from './list';
export { BACKUP_FOLDER, parseBackupName, type BackupKind } from './names';
export { runBackup, type RunningBackup, type WorkerReply } from './runner';
export {
  BackupScheduler,
  DEFAULT_BACKUP_INTERVAL_MS,
  DEFAULT_BACKUPS_KEPT,
  DEFAULT_FIRST_BACKUP_DELAY_MS,
  type BackupOptions,
  type BackupOutcome,
  type BackupReport,
  type BackupTarget,
} from './schedule';
