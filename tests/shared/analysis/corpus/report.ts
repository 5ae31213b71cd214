/**
 * How well the analysis agrees with the labelled corpus: per rule, the must-find labels found
 * and missed, the must-not labels reported (false alarms), precision and recall; then every
 * miss and false alarm; then the criteria table's agreement with `criteria.vague`. A report,
 * not a test: it always exits 0.
 *   npx tsx tests/shared/analysis/corpus/report.ts [--all]
 * `--all` also lists the labels that agree.
 */
import {
  loadCorpus,
  loadCriteria,
  scoreCriteria,
  scoreLabels,
  type CorpusMap,
  type Label,
  type LabelResult,
} from './corpus';

interface RuleTally {
  mustFind: number;
  found: number;
  mustNot: number;
  reported: number;
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;

const targetText = (label: Label): string =>
  label.anyOf ? `any of ${label.anyOf.join(', ')}` : (label.target ?? '?');

function table(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
  }
}

function printRules(results: readonly LabelResult[]): void {
  const tallies = new Map<string, RuleTally>();
  for (const result of results) {
    const tally = tallies.get(result.label.rule) ?? {
      mustFind: 0,
      found: 0,
      mustNot: 0,
      reported: 0,
    };
    if (result.kind === 'mustFind') {
      tally.mustFind++;
      if (result.hit) tally.found++;
    } else {
      tally.mustNot++;
      if (result.hit) tally.reported++;
    }
    tallies.set(result.label.rule, tally);
  }
  const total: RuleTally = { mustFind: 0, found: 0, mustNot: 0, reported: 0 };
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, t]) => {
      total.mustFind += t.mustFind;
      total.found += t.found;
      total.mustNot += t.mustNot;
      total.reported += t.reported;
      return row(rule, t);
    });
  console.log(
    'Per rule (precision = found / (found + must-not reported); recall = found / must-find)\n',
  );
  table([
    ['rule', 'must-find', 'found', 'missed', 'must-not', 'reported', 'precision', 'recall'],
    ...rows,
    row('all rules', total),
  ]);
}

function row(rule: string, t: RuleTally): string[] {
  return [
    rule,
    String(t.mustFind),
    String(t.found),
    String(t.mustFind - t.found),
    String(t.mustNot),
    String(t.reported),
    pct(t.found, t.found + t.reported),
    pct(t.found, t.mustFind),
  ];
}

function printMaps(maps: readonly CorpusMap[], results: readonly LabelResult[]): void {
  console.log('\nPer map\n');
  table([
    ['map', 'steps', 'decisions', 'health', 'findings', 'labels', 'agree'],
    ...maps.map((map) => {
      const own = results.filter((result) => result.map === map.name);
      const agree = own.filter((result) => (result.kind === 'mustFind') === result.hit).length;
      const { health } = map.analysis;
      return [
        map.name,
        String(map.doc.stepOrder.length),
        String(health.decisions),
        `${Math.round(health.share * 100)}% (${health.ready} ready)`,
        String(map.analysis.findings.length),
        String(own.length),
        String(agree),
      ];
    }),
  ]);
}

function printDisagreements(results: readonly LabelResult[], all: boolean): void {
  const list = (title: string, chosen: readonly LabelResult[]) => {
    console.log(`\n${title} (${chosen.length})`);
    for (const r of chosen) {
      console.log(`  ${r.map}  ${r.label.rule}  ${targetText(r.label)}  — ${r.label.why}`);
    }
  };
  list(
    'Missed: must-find not found',
    results.filter((r) => r.kind === 'mustFind' && !r.hit),
  );
  list(
    'False alarms: must-not reported',
    results.filter((r) => r.kind === 'mustNotFind' && r.hit),
  );
  if (all) {
    list(
      'Found',
      results.filter((r) => r.kind === 'mustFind' && r.hit),
    );
    list(
      'Rightly silent',
      results.filter((r) => r.kind === 'mustNotFind' && !r.hit),
    );
  }
}

function printCriteria(): void {
  const results = scoreCriteria(loadCriteria());
  const count = (verdict: string, flagged: boolean) =>
    results.filter((r) => r.criterion.verdict === verdict && r.flagged === flagged).length;
  const agree = results.filter((r) => (r.criterion.verdict === 'vague') === r.flagged).length;
  const vague = results.filter((r) => r.criterion.verdict === 'vague');
  console.log(`\nCriteria table (criteria.vague on a one-decision map per phrasing)\n`);
  table([
    ['', 'flagged vague', 'not flagged'],
    ['table says vague', String(count('vague', true)), String(count('vague', false))],
    ['table says testable', String(count('testable', true)), String(count('testable', false))],
  ]);
  console.log(
    `\nagreement ${agree}/${results.length} (${pct(agree, results.length)}); ` +
      `vague found ${count('vague', true)}/${vague.length} (recall ${pct(count('vague', true), vague.length)}); ` +
      `precision ${pct(count('vague', true), count('vague', true) + count('testable', true))}; ` +
      `quoted words in the finding ${vague.filter((r) => r.quoted).length}/${count('vague', true)}`,
  );
  const disagreements = results.filter((r) => (r.criterion.verdict === 'vague') !== r.flagged);
  console.log(`\nDisagreements (${disagreements.length})`);
  for (const r of disagreements) {
    const said = r.flagged ? 'flagged vague' : 'not flagged';
    console.log(
      `  [table: ${r.criterion.verdict}, analysis: ${said}]  "${r.criterion.text}" — ${r.criterion.why}`,
    );
  }
}

function main(): void {
  const all = process.argv.includes('--all');
  const maps = loadCorpus();
  const results = scoreLabels(maps);
  console.log(`Corpus: ${maps.length} maps, ${results.length} labels\n`);
  printRules(results);
  printMaps(maps, results);
  printDisagreements(results, all);
  printCriteria();
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
}
// A report, not a gate: what it prints is the result.
process.exitCode = 0;
