export {
  makeTempDir,
  removeDir,
  repoRoot,
  startApp,
  type RunningApp,
  type StartOptions,
} from './app';
export {
  DEFAULT_VIEWPORT,
  chromiumPath,
  launchBrowser,
  newPage,
  type OpenPage,
  type PageOptions,
  type PageProblem,
} from './browser';
export { CAMPAIGN_20, SAMPLE_MAPS, seedMaps, type SampleMap } from './seed';
