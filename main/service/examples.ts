/**
 * The example maps bundled with the app. Each file is imported as JSON, so the bundler
 * embeds it in main's code: there is no path to resolve at run time, in development or in
 * a packaged app. It still goes through `parseMapFile`, like any file a user imports.
 */
import campaignLaunch from '../../assets/examples/campaign-launch.decisionmap.json';
import type { ExampleName } from '../../shared/api/contract';

export interface Example {
  /** The portable file's text. */
  readonly text: string;
  /** The name the new map gets on Home. */
  readonly name: string;
}

export const EXAMPLES: Readonly<Record<ExampleName, Example>> = {
  'campaign-launch': {
    text: JSON.stringify(campaignLaunch),
    name: 'Campaign launch (as-is)',
  },
};
