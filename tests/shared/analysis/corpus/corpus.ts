/**
 * The labelled corpus (`tests/fixtures/corpus`) read and scored against the analysis: every
 * map with its labels, and the criteria table. Kept apart from the report's printing so that
 * a test can later assert the same results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeMap, type Analysis, type Finding } from '../../../../shared/analysis';
import { parseMapFile } from '../../../../shared/file-format';
import type { MapDocument } from '../../../../shared/model';

// tsx runs this file as CommonJS (the package has no "type": "module"), so no import.meta.
export const CORPUS_DIR = path.resolve(__dirname, '../../../fixtures/corpus');

/** One label: a rule that must (or must not) report on an element, on one of several, or on the map. */
export interface Label {
  readonly rule: string;
  readonly target?: string;
  readonly anyOf?: readonly string[];
  readonly why: string;
}

export interface Labels {
  readonly mustFind: readonly Label[];
  readonly mustNotFind: readonly Label[];
}

export interface CorpusMap {
  readonly name: string;
  readonly doc: MapDocument;
  readonly labels: Labels;
  readonly analysis: Analysis;
}

/** A label against the analysis: for must-find, whether it was found; for must-not, whether it was reported. */
export interface LabelResult {
  readonly map: string;
  readonly kind: 'mustFind' | 'mustNotFind';
  readonly label: Label;
  /** Must-find: found. Must-not-find: reported (a false alarm). */
  readonly hit: boolean;
}

export interface Criterion {
  readonly text: string;
  readonly verdict: 'testable' | 'vague';
  readonly why: string;
  readonly quote: string;
}

export interface CriterionResult {
  readonly criterion: Criterion;
  /** The analysis reported `criteria.vague` on a decision whose only criterion is this one. */
  readonly flagged: boolean;
  /** Flagged, and the finding's message or details contain the words the table quotes. */
  readonly quoted: boolean;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Every map of the corpus, parsed by the app's importer and analysed. Throws on a map the importer refuses. */
export function loadCorpus(dir = CORPUS_DIR): CorpusMap[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.decisionmap.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.decisionmap\.json$/, '');
      const parsed = parseMapFile(fs.readFileSync(path.join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} is not a valid map: ${parsed.problems.join(' ')}`);
      const labels = readJson(path.join(dir, `${name}.labels.json`)) as Labels;
      return { name, doc: parsed.doc, labels, analysis: analyzeMap(parsed.doc) };
    });
}

/** Whether a string occurs anywhere in a value (details are free-form per rule). */
function mentions(value: unknown, needle: string): boolean {
  if (typeof value === 'string') return value === needle;
  if (Array.isArray(value)) return value.some((item) => mentions(item, needle));
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some((item) => mentions(item, needle));
  }
  return false;
}

/**
 * Whether a finding is on an element. A step or transition: it is the finding's first target
 * (the one the pane selects). A role: its id is among the targets or in the details, or the
 * message names it (roles are reported on the role and the map, which targets may not hold).
 */
export function findingIsOn(finding: Finding, id: string, doc: MapDocument): boolean {
  const role = doc.roles[id as keyof typeof doc.roles];
  if (role) {
    return (
      finding.targets.some((target) => target.id === id) ||
      mentions(finding.details, id) ||
      finding.message.includes(role.name)
    );
  }
  return finding.targets[0]?.id === id;
}

/** Whether some finding of the label's rule is on the label's target ("map": anywhere in the map). */
export function labelHit(label: Label, map: CorpusMap): boolean {
  const ofRule = map.analysis.findings.filter((finding) => finding.rule === label.rule);
  const targets = label.anyOf ?? (label.target === undefined ? [] : [label.target]);
  if (targets.includes('map')) return ofRule.length > 0;
  return ofRule.some((finding) => targets.some((id) => findingIsOn(finding, id, map.doc)));
}

/** Every label of every map with its outcome. */
export function scoreLabels(maps: readonly CorpusMap[]): LabelResult[] {
  return maps.flatMap((map) => [
    ...map.labels.mustFind.map((label) => ({
      map: map.name,
      kind: 'mustFind' as const,
      label,
      hit: labelHit(label, map),
    })),
    ...map.labels.mustNotFind.map((label) => ({
      map: map.name,
      kind: 'mustNotFind' as const,
      label,
      hit: labelHit(label, map),
    })),
  ]);
}

export function loadCriteria(dir = CORPUS_DIR): Criterion[] {
  return readJson(path.join(dir, 'criteria.json')) as Criterion[];
}

/**
 * A map of one fully answered decision whose only criterion is `text`: a start, an end, one
 * named decider, one item from outside the map, gate text and a change rule. Any
 * `criteria.vague` finding on it is about the criterion.
 */
export function oneDecisionMap(text: string): string {
  return JSON.stringify({
    format: 'decision-map',
    version: 1,
    map: {
      id: 'm-criterion',
      name: 'One criterion',
      roles: [{ id: 'r-owner', name: 'Budget holder', kind: 'person' }],
      information: [{ id: 'i-request', name: 'Request', external: true }],
      steps: [
        { id: 's-start', label: 'Request in', kind: 'start', performer: 'r-owner' },
        { id: 's-end', label: 'Done', kind: 'end', performer: 'r-owner' },
      ],
      transitions: [
        {
          id: 't-decide',
          from: 's-start',
          to: 's-end',
          channel: 'system',
          decision: {
            automatic: false,
            question: 'Is the request accepted?',
            deciders: ['r-owner'],
            requires: ['i-request'],
            criteria: [text],
            ifNotMet: 'Back to the requester with the reason',
            onChange: 'A changed request is decided again by the budget holder',
          },
        },
      ],
    },
  });
}

const textOf = (finding: Finding): string =>
  `${finding.message} ${JSON.stringify(finding.details ?? {})}`.toLowerCase();

/** Each criterion of the table judged by the analysis, through a one-decision map. */
export function scoreCriteria(criteria: readonly Criterion[]): CriterionResult[] {
  return criteria.map((criterion) => {
    const parsed = parseMapFile(oneDecisionMap(criterion.text));
    if (!parsed.ok) throw new Error(`criterion "${criterion.text}": ${parsed.problems.join(' ')}`);
    const vague = analyzeMap(parsed.doc).findings.filter(
      (finding) => finding.rule === 'criteria.vague' && finding.targets[0]?.id === 't-decide',
    );
    const quote = criterion.quote.toLowerCase();
    return {
      criterion,
      flagged: vague.length > 0,
      quoted: quote !== '' && vague.some((finding) => textOf(finding).includes(quote)),
    };
  });
}
