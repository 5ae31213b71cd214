import { finding, listOf, targetsOn, q, type DecisionRule } from '../rule';

/**
 * Criteria that lean on vague wording ("looks good", "ASAP") with nothing checkable in the
 * same criterion (a number, a date, a named checklist or document). One finding per
 * decision, naming every vague phrase once, as written.
 */
export const rule: DecisionRule = {
  id: 'criteria.vague',
  scope: 'decision',
  severity: 'warning',
  question: 'good',
  title: 'Vague criteria',
  description:
    'A criterion names nothing anyone can check: only an evaluation such as “looks good” or “ASAP”, with no number, date, named document or checklist.',
  counts: 'readiness',
  article: 'What “good” looks like.',
  prompt: 'What would we check to know it is good: a number, a date, a named checklist?',
  check(ctx, t, found) {
    const vague = ctx.vagueCriteria(t);
    if (vague.length === 0) return;
    const words: string[] = [];
    const keys: string[] = [];
    const criteria: number[] = [];
    for (let index = 0; index < vague.length; index++) {
      const matches = vague[index]!;
      if (matches.length === 0) continue;
      criteria.push(index);
      for (let k = 0; k < matches.length; k++) {
        const word = matches[k]!.word;
        // "On brand" and "on-brand" are the same words: name them once.
        const key = /[\s-]/.test(word)
          ? word.toLowerCase().replace(/[\s-]+/g, ' ')
          : word.toLowerCase();
        if (keys.includes(key)) continue;
        keys.push(key);
        words.push(word);
      }
    }
    const which = criteria.length === 1 ? 'A criterion' : `${criteria.length} criteria`;
    const lean = criteria.length === 1 ? 'leans' : 'lean';
    found.push(
      finding(
        rule,
        `${which} for ${ctx.transitionLabel(t)} ${lean} on vague wording (${listOf(words.map(q), 8)}) with nothing anyone can check.`,
        targetsOn(t, 'criteria'),
        { words, criteria },
      ),
    );
  },
};
