import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DecisionQuestion, DecisionReadiness, Readiness } from '../../../shared/analysis';
import type { MapDocument, Transition } from '../../../shared/model';
import { DECISION_QUESTION_IDS } from '../../../shared/questions';
import { QUESTION_ICONS, READINESS } from '../analysis/readinessText';
import { useAppStore, type AppState } from '../state/store';
import { Icon } from '../ui/Icon';
import { countRender } from './renderCounts';

interface ChipData {
  readonly automatic: boolean;
  readonly question: string;
  readonly deciders: string;
  readonly readiness: Readiness;
  readonly missing: string;
}

/**
 * What one chip shows, worked out again only when its arrow, its readiness or the roles
 * change: every store update (each keystroke anywhere) runs the selector of every chip.
 */
function chipSelector(id: string) {
  let transition: Transition | undefined;
  let readiness: DecisionReadiness | undefined;
  let roles: MapDocument['roles'] | undefined;
  let chip: ChipData | null = null;
  return (s: AppState): ChipData | null => {
    const t = s.doc?.transitions[id];
    const r = s.analysis?.readiness[id];
    if (t === transition && r === readiness && s.doc?.roles === roles) return chip;
    transition = t;
    readiness = r;
    roles = s.doc?.roles;
    chip =
      s.doc && t
        ? {
            automatic: t.decision.automatic,
            question: t.decision.question,
            deciders: t.decision.deciders.map((d) => s.doc!.roles[d]?.name ?? '?').join(' + '),
            readiness: r?.readiness ?? 'at-risk',
            missing: DECISION_QUESTION_IDS.filter((q) => r && !r.answered[q]).join(' '),
          }
        : null;
    return chip;
  };
}

/**
 * What an arrow carries in the decision view: its question, its decider and its readiness
 * (words and an icon as well as colour), with an icon for each question not answered well.
 * Selects only flat values, so a chip re-renders only when what it shows changes.
 */
export const DecisionChip = memo(function DecisionChip({ id }: { id: string }) {
  const chip = useAppStore(useShallow(useMemo(() => chipSelector(id), [id])));
  countRender(`chip:${id}`);
  if (!chip) return null;
  const state = chip.automatic ? READINESS.automatic : READINESS[chip.readiness];
  const missing = chip.missing ? (chip.missing.split(' ') as DecisionQuestion[]) : [];
  return (
    <div className={`decision-chip readiness-${chip.automatic ? 'automatic' : chip.readiness}`}>
      <div className="chip-head">
        <span className="chip-readiness">
          <Icon name={state.icon} size={13} />
          <span className="chip-word">{state.label}</span>
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
