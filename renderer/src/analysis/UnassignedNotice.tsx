import { useMemo } from 'react';
import { unassignedSteps } from '../../../shared/lanes/unassigned';
import { useAppStore } from '../state/store';

/**
 * With swimlanes on, the steps nobody performs yet sit in the lane "No performer yet": the
 * pane says so under the handoff count and, like a finding, leads there on a click (the
 * steps framed, the first selected with the keyboard in its performer field).
 */
export function UnassignedNotice({ onShow }: { onShow: () => void }) {
  const lanes = useAppStore((s) => s.lanes);
  // Steps, roles and the arrows' order (which step comes first): typing a decision leaves
  // the notice as it is.
  const steps = useAppStore((s) => s.doc?.steps);
  const roles = useAppStore((s) => s.doc?.roles);
  const arrows = useAppStore((s) => s.doc?.transitionOrder);
  const found = useMemo(() => {
    const doc = useAppStore.getState().doc;
    return lanes && doc && steps && roles && arrows ? unassignedSteps(doc) : null;
  }, [lanes, steps, roles, arrows]);
  if (!found) return null;
  return (
    <section className="unassigned-notice" aria-label="Steps without a performer">
      <button className="finding" onClick={onShow}>
        <span className="finding-message">{found.message}</span>
        <span className="finding-prompt">
          <span className="visually-hidden">Ask the room: </span>
          {found.prompt}
        </span>
      </button>
    </section>
  );
}
