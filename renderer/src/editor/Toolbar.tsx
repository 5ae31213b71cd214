import { useState } from 'react';
import { chordText, commandWords, keysText, tooltip } from '../../../shared/commands';
import { LIMITS } from '../../../shared/content/limits';
import { STEP_KINDS, STEP_KIND_LABELS } from '../../../shared/model';
import type { CanvasCommands } from '../canvas/commands';
import { STEP_KIND_ICONS } from '../ui/kinds';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { ThemeToggle } from '../ui/ThemeToggle';
import { SaveStatus } from './SaveStatus';

/** The keys of the step palette, in the order of its kinds, and the one that switches views. */
const KIND_KEYS = commandWords('step:addKind').keys;
const VIEW_KEYS = keysText(commandWords('view:toggle'));

/** The editor's toolbar; its tooltips give each command's keys from the command table. */
export function Toolbar({
  commands,
  onShortcuts,
  onExport,
}: {
  commands: CanvasCommands;
  onShortcuts: () => void;
  onExport: () => void;
}) {
  const canUndo = useAppStore((s) => s.undoStack.length > 0);
  const canRedo = useAppStore((s) => s.redoStack.length > 0);
  return (
    <header className="toolbar">
      <button
        className="button ghost"
        onClick={() => useAppStore.getState().navigate({ view: 'home' })}
        aria-label="Back to maps"
      >
        <Icon name="back" /> Maps
      </button>
      <MapNameField />
      <div className="palette" role="toolbar" aria-label="Add a step">
        <span className="palette-caption collapsible-label" aria-hidden="true">
          Add
        </span>
        {STEP_KINDS.map((kind, index) => (
          <button
            key={kind}
            className="palette-button"
            aria-label={`Add ${STEP_KIND_LABELS[kind].toLowerCase()} step`}
            title={`Add ${STEP_KIND_LABELS[kind].toLowerCase()} step (${chordText(KIND_KEYS[index]!)})`}
            onClick={() => commands.addStep(kind)}
          >
            <Icon name={STEP_KIND_ICONS[kind]} size={16} />
            <span>{STEP_KIND_LABELS[kind].replace(' party', '')}</span>
          </button>
        ))}
      </div>
      <ViewSwitch commands={commands} />
      <div className="toolbar-group" role="group" aria-label="Edit">
        <button
          className="icon-button"
          aria-label="Undo"
          title={tooltip('edit:undo')}
          disabled={!canUndo}
          onClick={() => useAppStore.getState().undo()}
        >
          <Icon name="undo" />
        </button>
        <button
          className="icon-button"
          aria-label="Redo"
          title={tooltip('edit:redo')}
          disabled={!canRedo}
          onClick={() => useAppStore.getState().redo()}
        >
          <Icon name="redo" />
        </button>
        <button
          className="icon-button"
          aria-label="Auto-layout"
          title={tooltip('view:autoLayout')}
          onClick={() => commands.layout()}
        >
          <Icon name="layout" />
        </button>
        <FlowDirectionButton commands={commands} />
        <button
          className="icon-button"
          aria-label="Fit view"
          title={tooltip('view:fit')}
          onClick={() => commands.fit()}
        >
          <Icon name="fit" />
        </button>
        <button
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title={tooltip('help:shortcuts')}
          onClick={onShortcuts}
        >
          <Icon name="keyboard" />
        </button>
        <ThemeToggle />
      </div>
      <RedesignButton />
      <button
        className="button ghost small"
        onClick={() => useAppStore.getState().startWorkshop(null)}
        aria-label="Workshop mode"
        title={tooltip('workshop:start')}
      >
        <Icon name="decision" size={16} /> <span className="command-label">Workshop</span>
      </button>
      <button
        className="button ghost small export-button"
        onClick={onExport}
        aria-label="Export…"
        title="Export: map file, spreadsheet, picture or PDF"
      >
        <Icon name="export" size={16} /> <span className="command-label">Export…</span>
      </button>
      <SaveStatus />
    </header>
  );
}

/**
 * Which way auto-layout runs the flow; a click switches it and lays the map out again. The
 * arrow shows the way it runs now; with swimlanes (horizontal bands) it runs left to right.
 */
function FlowDirectionButton({ commands }: { commands: CanvasCommands }) {
  const down = useAppStore((s) => s.flowDirection === 'down');
  const lanes = useAppStore((s) => s.lanes);
  const now = down ? 'top to bottom' : 'left to right';
  const next = down ? 'left to right' : 'top to bottom';
  const keys = keysText(commandWords('view:flowDirection'));
  return (
    <button
      className="icon-button"
      aria-label={`Auto-layout ${next}`}
      title={
        lanes
          ? `Auto-layout runs ${now}; with swimlanes, left to right (${keys})`
          : `Auto-layout runs ${now}: lay out ${next} instead (${keys})`
      }
      onClick={() => commands.switchFlowDirection()}
    >
      <Icon name={down ? 'flowDown' : 'flowRight'} />
    </button>
  );
}

/** The three views of one map, and the analysis pane; D, R and A do the same by keyboard. */
function ViewSwitch({ commands }: { commands: CanvasCommands }) {
  const view = useAppStore((s) => (s.matrixOpen ? 'matrix' : s.view));
  const analysisOpen = useAppStore((s) => s.analysisOpen);
  const mapPanelOpen = useAppStore((s) => s.mapPanelOpen);
  const lanes = useAppStore((s) => s.lanes);
  const { setView, toggleAnalysis, toggleMapPanel } = useAppStore.getState();
  return (
    <div className="view-switch">
      <div className="segmented" role="group" aria-label="View">
        <button
          aria-pressed={view === 'workflow'}
          aria-label="Workflow"
          onClick={() => setView('workflow')}
          title={`Workflow view (${VIEW_KEYS})`}
        >
          <Icon name="flow" size={16} /> <span className="command-label">Workflow</span>
        </button>
        <button
          aria-pressed={view === 'decision'}
          aria-label="Decisions"
          onClick={() => setView('decision')}
          title={`Decision view (${VIEW_KEYS})`}
        >
          <Icon name="decision" size={16} /> <span className="command-label">Decisions</span>
        </button>
        <button
          aria-pressed={view === 'matrix'}
          aria-label="Matrix"
          onClick={() => {
            if (view !== 'matrix') useAppStore.getState().toggleMatrix();
          }}
          title={tooltip('view:matrix')}
        >
          <Icon name="layout" size={16} /> <span className="command-label">Matrix</span>
        </button>
      </div>
      <button
        className="button ghost small"
        aria-pressed={analysisOpen}
        aria-label="Analysis pane"
        onClick={toggleAnalysis}
        title={tooltip('pane:analysis')}
      >
        <Icon name="panel" size={16} /> <span className="visually-hidden">Analysis</span>
      </button>
      <button
        className="button ghost small"
        aria-pressed={lanes}
        aria-label="Swimlanes"
        onClick={() => commands.toggleLanes()}
        title={tooltip('view:lanes')}
      >
        <Icon name="layout" size={16} /> <span className="visually-hidden">Lanes</span>
      </button>
      <button
        className="button ghost small"
        aria-pressed={mapPanelOpen}
        aria-label="Roles and information"
        onClick={toggleMapPanel}
        title={tooltip('pane:map')}
      >
        <Icon name="person" size={16} /> <span className="visually-hidden">Roles</span>
      </button>
    </div>
  );
}

/** "Start redesign" on an as-is map; "Compare" on a to-be map derived from one. */
function RedesignButton() {
  const info = useAppStore((s) => s.doc?.info);
  if (!info) return null;
  if (info.stage === 'to-be' && info.derivedFrom) {
    return (
      <button
        className="button ghost small"
        onClick={() => useAppStore.getState().navigate({ view: 'compare', id: info.id })}
        aria-label="Compare with the as-is map"
        title="Compare with the as-is map"
      >
        <Icon name="flow" size={16} /> <span className="collapsible-label">Compare</span>
      </button>
    );
  }
  return (
    <button
      className="button ghost small"
      aria-label="Start redesign"
      title="Start redesign: a to-be copy of this map, linked to it"
      onClick={async () => {
        const store = useAppStore.getState();
        await store.flushSaves();
        const id = await store.startRedesign(info.id);
        if (id) store.navigate({ view: 'map', id });
      }}
    >
      <Icon name="copy" size={16} /> <span className="collapsible-label">Start redesign</span>
    </button>
  );
}

/** The map's name, edited in place; an empty name is not saved. */
function MapNameField() {
  const name = useAppStore((s) => s.doc?.info.name ?? '');
  const [value, setValue] = useState(name);
  const [shown, setShown] = useState(name);
  // Follow a name changed elsewhere (undo, Home), adjusting state while rendering.
  if (shown !== name) {
    setShown(name);
    setValue(name);
  }
  return (
    <input
      className="map-title"
      aria-label="Map name"
      value={value}
      maxLength={LIMITS.name}
      onChange={(event) => {
        setValue(event.target.value);
        const trimmed = event.target.value.trim();
        if (trimmed) {
          useAppStore
            .getState()
            .edit({ type: 'map/rename', name: trimmed }, { typingKey: 'map:name' });
        }
      }}
      onBlur={() => setValue(name)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Escape')
          (event.target as HTMLInputElement).blur();
      }}
    />
  );
}
