/**
 * Reading a portable map file into the app's model. The one entry point for every import —
 * the app's Import, the command line, tests — so every file passes the same checks and the
 * same version upgrades. It never throws: a bad file is a list of sentences to show.
 */
import type {
  InformationId,
  MapDocument,
  MapId,
  RoleId,
  Step,
  StepId,
  Transition,
  TransitionId,
} from '../model';
import { layoutSteps } from './layout';
import { capProblems, quoteValue } from './messages';
import { CURRENT_VERSION, FILE_VERSIONS, readVersioned, type CurrentMapFile } from './migrations';
import { checkReferences } from './references';
import { LIMITS } from '../content/limits';
import { parseUntrustedJson } from './safeJson';
import { FILE_FORMAT, MAX_ELEMENTS } from './schema';
import { mapFileBytes } from './size';

export type ParseResult = { ok: true; doc: MapDocument } | { ok: false; problems: string[] };

const refuse = (...problems: string[]): ParseResult => ({
  ok: false,
  problems: capProblems(problems),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Refuses a file whose version this app cannot read; null when the version is fine. */
function checkVersion(version: unknown): string | null {
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return (
      `This file was written by a newer version of Decision Map (version ${version}); ` +
      `this app reads up to version ${CURRENT_VERSION}.`
    );
  }
  if (typeof version === 'number' && FILE_VERSIONS.some((v) => v.version === version)) return null;
  const said = version === undefined ? 'it has none' : `it says ${quoteValue(version)}`;
  return `version must be a whole number from 1 to ${CURRENT_VERSION}; ${said}.`;
}

/** Counted before validation, so that an absurd file is refused without validating it all. */
function checkCounts(map: unknown): string[] {
  if (!isObject(map)) return [];
  const problems: string[] = [];
  for (const key of ['steps', 'transitions'] as const) {
    const list = map[key];
    if (Array.isArray(list) && list.length > MAX_ELEMENTS) {
      problems.push(
        `The file has ${list.length.toLocaleString('en-US')} ${key}; ` +
          `Decision Map reads at most ${MAX_ELEMENTS.toLocaleString('en-US')}.`,
      );
    }
  }
  return problems;
}

/** The validated, consistent file as the app's model; ids stay as the file has them. */
function toDocument(file: CurrentMapFile): MapDocument {
  const map = file.map;
  const positions = layoutSteps(map.steps, map.transitions);
  const steps: Step[] = map.steps.map((s) => ({
    id: s.id as StepId,
    label: s.label,
    kind: s.kind,
    performer: s.performer as RoleId | null,
    produces: s.produces as InformationId[],
    notes: s.notes,
    position: positions.get(s.id)!,
  }));
  const transitions: Transition[] = map.transitions.map((t) => ({
    id: t.id as TransitionId,
    from: t.from as StepId,
    to: t.to as StepId,
    label: t.label,
    kind: t.kind,
    channel: t.channel,
    decision: {
      ...t.decision,
      deciders: t.decision.deciders as RoleId[],
      consulted: t.decision.consulted as RoleId[],
      approvers: t.decision.approvers as RoleId[],
      recommenders: t.decision.recommenders as RoleId[],
      informed: t.decision.informed as RoleId[],
      requires: t.decision.requires as InformationId[],
    },
  }));
  return {
    info: {
      id: map.id as MapId,
      name: map.name,
      purpose: map.purpose,
      stage: map.stage,
      derivedFrom: map.derivedFrom as MapId | null,
      notation: map.notation,
    },
    steps: Object.fromEntries(steps.map((s) => [s.id, s])),
    stepOrder: steps.map((s) => s.id),
    transitions: Object.fromEntries(transitions.map((t) => [t.id, t])),
    transitionOrder: transitions.map((t) => t.id),
    roles: Object.fromEntries(map.roles.map((r) => [r.id, { ...r, id: r.id as RoleId }])),
    information: Object.fromEntries(
      map.information.map((i) => [i.id, { ...i, id: i.id as InformationId }]),
    ),
    parkingLot: map.parkingLot.map((p) => ({ ...p })),
    votes: { ...map.votes },
  };
}

function parse(text: string): ParseResult {
  const json = parseUntrustedJson(text);
  if (!json.ok) return refuse(json.problem);
  const raw = json.value;
  if (!isObject(raw) || raw.format !== FILE_FORMAT) {
    return refuse(`This is not a Decision Map file: it has no "format": "${FILE_FORMAT}".`);
  }
  const versionProblem = checkVersion(raw.version);
  if (versionProblem) return refuse(versionProblem);
  const countProblems = checkCounts(raw.map);
  if (countProblems.length > 0) return refuse(...countProblems);
  const versioned = readVersioned(raw, raw.version as number);
  if (!versioned.ok) return versioned;
  const referenceProblems = checkReferences(versioned.file);
  if (referenceProblems.length > 0) return refuse(...referenceProblems);
  const doc = toDocument(versioned.file);
  // Fields a file leaves out are filled in, so a map can outgrow the file it came in: it
  // must still fit in a map file, or the app could never export it again.
  const bytes = mapFileBytes(doc);
  if (bytes > LIMITS.fileBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    return refuse(
      `With the fields it leaves out filled in, this map takes ${mb(bytes)} MB as a map file; ` +
        `a map file holds at most ${mb(LIMITS.fileBytes)} MB.`,
    );
  }
  return { ok: true, doc };
}

/**
 * Reads the text of a `.decisionmap.json` file. Checks, in order: size, nesting depth and
 * forbidden keys, `format`, `version` (newer than this app is refused; older is upgraded),
 * element counts, every field (the rules of shared/content: limits, valid Unicode, no
 * reserved ids), unique ids and references, and that the map still fits in a map file. Returns the map with the file's
 * own ids, or up to 20 plain sentences saying what is wrong. Never throws.
 */
export function parseMapFile(text: string): ParseResult {
  try {
    return parse(text);
  } catch {
    // A bug of ours, not a problem of the file; still nothing the user can act on but words.
    return refuse('Decision Map could not read this file because of an internal error.');
  }
}
