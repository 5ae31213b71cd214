import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DecisionQuestion } from '../../../shared/analysis';
import { QUESTION_ICONS, READINESS } from '../analysis/readinessText';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

const QUESTIONS: readonly DecisionQuestion[] = ['what', 'who', 'information', 'good', 'change'];

/**
 * What an arrow carries in the decision view: its question, its decider and its readiness
 * (words and an icon as well as colour), with an icon for each question not answered well.
 * Selects only flat values, so a chip re-renders only when what it shows changes.
 */
export const DecisionChip = memo(function DecisionChip({ id }: { id: string }) {
  const chip = useAppStore(
    useShallow((s) => {
      const t = s.doc?.transitions[id];
      if (!s.doc || !t) return null;
      const readiness = s.analysis?.readiness[id];
      const deciders = t.decision.deciders.map((r) => s.doc!.roles[r]?.name ?? '?').join(' + ');
      return {
        automatic: t.decision.automatic,
        question: t.decision.question,
        deciders,
        readiness: readiness?.readiness ?? 'at-risk',
        missing: QUESTIONS.filter((q) => readiness && !readiness.answered[q]).join(' '),
      };
    }),
  );
  if (!chip) return null;
  const state = chip.automatic ? READINESS.automatic : READINESS[chip.readiness];
  const missing = chip.missing ? (chip.missing.split(' ') as DecisionQuestion[]) : [];
  return (
    <div className={`decision-chip readiness-${chip.automatic ? 'automatic' : chip.readiness}`}>
      <div className="chip-head">
        <span className="chip-readiness">
          <Icon name={state.icon} size={13} />
          {state.label}
        </span>
        {!chip.automatic && missing.length > 0 && (
          <span className="chip-missing">
            {missing.map((q) => (
              <span key={q} className="chip-missing-icon" title={QUESTION_ICONS[q].missing}>
                <Icon name={QUESTION_ICONS[q].icon} size={12} />
                <span className="visually-hidden">{QUESTION_ICONS[q].missing}</span>
              </span>
            ))}
          </span>
        )}
      </div>
      {chip.automatic ? (
        <div className="chip-question muted">Moved by a system — no decision</div>
      ) : (
        <>
          <div className={`chip-question${chip.question ? '' : ' is-empty'}`}>
            {chip.question || 'No decision defined'}
          </div>
          <div className={`chip-decider${chip.deciders ? '' : ' is-empty'}`}>
            <Icon name="person" size={12} />
            {chip.deciders || 'No decider'}
          </div>
        </>
      )}
    </div>
  );
});
