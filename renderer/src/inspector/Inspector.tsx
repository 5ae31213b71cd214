import { useAppStore } from '../state/store';
import { MapPanel } from './MapPanel';
import { StepPanel } from './StepPanel';
import { TransitionPanel } from './TransitionPanel';

/** The side panel: what is selected, as a form. */
export function Inspector() {
  const target = useAppStore((s) => {
    const { steps, transitions } = s.selection;
    if (steps.length === 1 && transitions.length === 0) return `step:${steps[0]}`;
    if (transitions.length === 1 && steps.length === 0) return `transition:${transitions[0]}`;
    if (steps.length + transitions.length > 1) return `many:${steps.length}:${transitions.length}`;
    return 'map';
  });
  const mapPanelOpen = useAppStore((s) => s.mapPanelOpen);
  const [kind, id, extra] = target.split(':') as [string, string?, string?];
  // With nothing selected the canvas gets the room, unless the map's panel is asked for.
  if (kind === 'map' && !mapPanelOpen) return null;
  return (
    <aside className="inspector" aria-label="Inspector">
      {kind === 'step' && id && <StepPanel key={id} id={id} />}
      {kind === 'transition' && id && <TransitionPanel key={id} id={id} />}
      {kind === 'many' && (
        <section className="panel">
          <h2 className="panel-title">Selection</h2>
          <p className="muted">
            {count(Number(id), 'step')} and {count(Number(extra), 'arrow')} selected. Press{' '}
            <kbd>Delete</kbd> to remove them, <kbd>Ctrl+D</kbd> to duplicate the steps.
          </p>
        </section>
      )}
      {kind === 'map' && <MapPanel />}
    </aside>
  );
}

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
