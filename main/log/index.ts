/** The app's log file (see logger.ts) and the scrubbing that keeps map content out of it. */
export {
  closeLogging,
  initLogging,
  log,
  logError,
  logFileName,
  logInfo,
  logWarn,
  LOG_FILE,
  type LogLevel,
  type LogOptions,
} from './logger';
export { describeError, scrubMessage } from './scrub';
