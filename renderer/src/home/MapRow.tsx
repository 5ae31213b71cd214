import type { MapSummary } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { whenChanged } from '../ui/time';

function stepCount(n: number) {
  return n === 1 ? '1 step' : `${n} steps`;
}

/** One map on Home: open it by its name; rename, duplicate or delete it beside. */
export function MapRow({
  map,
  nested = false,
  onOpen,
  onRename,
}: {
  map: MapSummary;
  /** A to-be map shown under its as-is map. */
  nested?: boolean;
  onOpen: () => void;
  onRename: () => void;
}) {
  const { duplicateMap, deleteMap } = useAppStore.getState();
  return (
    <li className={`map-row${nested ? ' is-redesign' : ''}`}>
      <button className="map-open" onClick={onOpen} aria-label={`Open ${map.name}`}>
        <span className="map-name">{map.name}</span>
        <span className="map-meta">
          <span className={`stage-badge stage-${map.stage}`}>{map.stage}</span>
          <span>{stepCount(map.stepCount)}</span>
          <span aria-hidden="true">·</span>
          <span>Edited {whenChanged(map.updatedAt)}</span>
        </span>
      </button>
      <div className="row-actions">
        <button
          className="icon-button"
          aria-label={`Rename ${map.name}`}
          title="Rename"
          onClick={onRename}
        >
          <Icon name="pencil" />
        </button>
        <button
          className="icon-button"
          aria-label={`Duplicate ${map.name}`}
          title="Duplicate"
          onClick={() => void duplicateMap(map.id)}
        >
          <Icon name="copy" />
        </button>
        <button
          className="icon-button danger"
          aria-label={`Delete ${map.name}`}
          title="Delete (can be restored from the trash)"
          onClick={() => void deleteMap(map.id)}
        >
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}
