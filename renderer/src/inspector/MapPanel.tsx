import { LIMITS } from '../../../shared/content/limits';
import { useAppStore } from '../state/store';
import { TextField } from './fields';
import { ParkingPanel } from './ParkingPanel';
import { RosterPanel } from './RosterPanel';

/** Nothing selected: the map itself. */
export function MapPanel() {
  const purpose = useAppStore((s) => s.doc?.info.purpose ?? '');
  const steps = useAppStore((s) => s.doc?.stepOrder.length ?? 0);
  const arrows = useAppStore((s) => s.doc?.transitionOrder.length ?? 0);
  const stage = useAppStore((s) => s.doc?.info.stage ?? 'as-is');
  const doc = useAppStore((s) => s.doc);
  return (
    <section className="panel" aria-labelledby="map-panel-title">
      <h2 id="map-panel-title" className="panel-title">
        Map
      </h2>
      <p className="muted">
        <span className={`stage-badge stage-${stage}`}>{stage}</span> {steps}{' '}
        {steps === 1 ? 'step' : 'steps'}, {arrows} {arrows === 1 ? 'arrow' : 'arrows'}
      </p>
      <TextField
        label="Purpose"
        value={purpose}
        multiline
        maxLength={LIMITS.text}
        placeholder="What this workflow is for, from where to where"
        onChange={(value) =>
          useAppStore
            .getState()
            .edit({ type: 'map/setPurpose', purpose: value }, { typingKey: 'map:purpose' })
        }
      />
      <p className="muted small">Select a step or an arrow to edit it. Press ? for shortcuts.</p>
      {doc && <RosterPanel doc={doc} />}
      {doc && <ParkingPanel doc={doc} />}
    </section>
  );
}
