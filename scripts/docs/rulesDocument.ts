/** The repository's `docs/rules.md`: every rule of the catalog, and how the analysis works. */
import path from 'node:path';
import prettier from 'prettier';
import { RULES } from '../../shared/analysis/rules';
import { rulesMarkdown } from './rulesDoc';

export const RULES_DOC_PATH = 'docs/rules.md';

/** How `criteria.vague` judges a criterion (shared/analysis/vague.ts), for the people who tune it. */
const VAGUE_APPROACH = `
## How a vague criterion is told from a testable one

\`criteria.vague\`, readiness and the inspector's highlight all call one function,
\`vagueCriterion\` in \`shared/analysis/vague.ts\`. It judges a criterion by what it names, not
by whether a bad phrase from a list appears in it:

1. **Evaluations are set aside.** Words that carry an opinion or a wish rather than a fact
   ("fine", "looks good", "needs work", "acceptable", "as appropriate", "ASAP", "high
   quality", "TBD") are found and blanked out.
2. **What is left must name something checkable, or a subject.** If the rest names a number,
   threshold, date or duration ("within 30 days", "by 12 March", "above 2%"), or a named
   document, checklist, standard, field or system ("per the brand checklist", "matches the
   purchase order"), the criterion is testable, even with an evaluation beside it.
3. **An evaluation with nothing checkable beside it is vague**, and the finding quotes the
   evaluation as written ("looks fine").
4. **A criterion with no subject is vague** even without an evaluation: once articles,
   pronouns, the verbs of a verdict ("approved", "signed off", "done") and parties nobody can
   ask ("stakeholders", "everyone") are removed, nothing is left ("Approved", "Signed off by
   stakeholders"). The finding quotes the whole criterion.
5. **Anything else is a yes/no condition about a thing** ("the PO number is present",
   "signed by the budget holder", "reviewed by Legal"), and testable.

Checkable words are looked for outside the evaluations, so "done to a high standard" is
not rescued by its own word "standard". The finding offers a testable pattern for the kind
of decision: a duration when every vague word is about time, otherwise a pattern for the
step the decision lets work into (a checklist for a review, a signature and a limit for an
approval, a complete brief for a handoff).

It is deterministic and fast: a handful of regular expressions, no model and no network;
a criterion's verdict is remembered by its text, since the same phrasings recur across a
large map. The vocabulary is data in \`shared/analysis/vagueWords.ts\`; the table of example
criteria in the test corpus is its specification, so a change to the vocabulary is checked
against real phrasings.
`;

/**
 * The text `npm run docs` writes to `docs/rules.md`, formatted with the repository's
 * Prettier settings so that `npm run lint` (which checks every file) agrees with it.
 */
export async function rulesDocument(root: string): Promise<string> {
  const file = path.join(root, RULES_DOC_PATH);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(rulesMarkdown(RULES, [VAGUE_APPROACH]), { ...options, filepath: file });
}
