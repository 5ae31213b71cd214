import { own, type MapDocument } from '../../../shared/model';
import { arrowName, stepName } from '../../../shared/names';
import { handoffCount } from '../../../shared/lanes/lanes';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

/** The map's parking lot: open questions parked in workshops, kept until they are answered. */
export function ParkingPanel({ doc }: { doc: MapDocument }) {
  const label = (id: string | null) => {
    if (!id) return null;
    const t = own(doc.transitions, id);
    if (t) return arrowName(doc, t);
    const step = own(doc.steps, id);
    return step ? stepName(step) : null;
  };
  return (
    <section className="roster" aria-labelledby="parking-panel-title">
      <h3 id="parking-panel-title" className="roster-title">
        Parking lot <span className="count">{doc.parkingLot.length}</span>
      </h3>
      {doc.parkingLot.length === 0 ? (
        <p className="muted small">
          Open questions parked in a workshop (press P there) appear here.
        </p>
      ) : (
        <ul>
          {doc.parkingLot.map((item) => (
            <li key={item.id} className="roster-row">
              <div className="roster-line">
                <span className="parked-text">{item.text}</span>
                <button
                  className="icon-button danger"
                  aria-label={`Remove the parked question: ${item.text}`}
                  title="Answered: remove it"
                  onClick={() =>
                    useAppStore.getState().edit({ type: 'parking/remove', id: item.id })
                  }
                >
                  <Icon name="trash" size={16} />
                </button>
              </div>
              {label(item.target) && (
                <span className="muted small">About {label(item.target)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        Handoffs between roles on this map: <strong>{handoffCount(doc)}</strong>
      </p>
    </section>
  );
}
