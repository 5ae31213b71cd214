import { useEffect, useRef, useState } from 'react';
import type { MapId, MapSummary } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { Banner } from '../ui/Banner';
import { Icon } from '../ui/Icon';
import { TextPrompt } from '../ui/TextPrompt';
import { ThemeToggle } from '../ui/ThemeToggle';
import { JobStatus } from '../files/JobStatus';
import { IMPORT_ACCEPT } from './importFile';
import { useImport } from './useImport';
import { PagePicker } from './PagePicker';
import { groupRedesigns } from './groupRedesigns';
import { MapRow } from './MapRow';
import { TrashSection } from './TrashSection';

type Prompt = { kind: 'new' } | { kind: 'rename'; map: MapSummary } | null;

/** The workspace's maps, newest first, and what can be done with them. */
export function HomeView() {
  const maps = useAppStore((s) => s.maps);
  const trash = useAppStore((s) => s.trash);
  const notice = useAppStore((s) => s.notice);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Decision Map';
    void useAppStore.getState().refreshMaps();
    const onNew = () => setPrompt({ kind: 'new' });
    window.addEventListener('decision-map:new-map', onNew);
    return () => window.removeEventListener('decision-map:new-map', onNew);
  }, []);

  const open = (id: MapId) => useAppStore.getState().navigate({ view: 'map', id });
  const { importing, importFiles, pageChoice } = useImport(open);
  const fromExample = async () => {
    const id = await useAppStore.getState().createFromExample();
    if (id) open(id);
  };
  const create = async (name: string) => {
    setPrompt(null);
    const id = await useAppStore.getState().createMap(name);
    if (id) open(id);
  };

  return (
    // Dropped files are imported by WindowDrop, on every screen.
    <div className="home">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="map" />
          </span>
          <span>Decision Map</span>
        </div>
        <div className="topbar-actions">
          <ThemeToggle />
          <button
            className="button"
            disabled={importing !== null}
            onClick={() => fileInput.current?.click()}
            title="Import a .decisionmap.json file, or a PDF the desktop app exported (or drop it here)"
          >
            Import…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={IMPORT_ACCEPT}
            aria-label="Import a map file"
            hidden
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              // Cleared so that choosing the same file again imports it again.
              event.target.value = '';
              void importFiles(files);
            }}
          />
          <button className="button" onClick={() => void fromExample()}>
            New from example
          </button>
          <button className="button primary" onClick={() => setPrompt({ kind: 'new' })}>
            <Icon name="plus" /> New map
          </button>
        </div>
      </header>
      <main className="home-main">
        {importing && <JobStatus job={{ state: 'working', label: importing }} />}
        {notice && (
          <Banner message={notice} onDismiss={() => useAppStore.getState().setNotice(null)} />
        )}
        {maps === null ? (
          <p className="muted">Loading maps…</p>
        ) : maps.length === 0 ? (
          <EmptyWorkspace
            onCreate={() => setPrompt({ kind: 'new' })}
            onExample={() => void fromExample()}
          />
        ) : (
          <section aria-labelledby="maps-title">
            <h1 id="maps-title" className="page-title">
              Maps
            </h1>
            <ul className="map-list" aria-label="Maps">
              {groupRedesigns(maps).map(({ map, nested }) => (
                <MapRow
                  key={map.id}
                  map={map}
                  nested={nested}
                  onOpen={() => open(map.id)}
                  onRename={() => setPrompt({ kind: 'rename', map })}
                />
              ))}
            </ul>
          </section>
        )}
        {trash.length > 0 && <TrashSection maps={trash} />}
      </main>
      {prompt?.kind === 'new' && (
        <TextPrompt
          title="New map"
          label="Map name"
          initial="Untitled map"
          confirmLabel="Create map"
          onConfirm={(name) => void create(name)}
          onClose={() => setPrompt(null)}
        />
      )}
      {prompt?.kind === 'rename' && (
        <TextPrompt
          title="Rename map"
          label="Map name"
          initial={prompt.map.name}
          confirmLabel="Rename"
          onConfirm={(name) => {
            setPrompt(null);
            void useAppStore.getState().renameMap(prompt.map.id, name);
          }}
          onClose={() => setPrompt(null)}
        />
      )}
      {pageChoice && <PagePicker choice={pageChoice} />}
    </div>
  );
}

function EmptyWorkspace({ onCreate, onExample }: { onCreate: () => void; onExample: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <div className="empty-illustration" aria-hidden="true">
        <Icon name="map" size={40} />
      </div>
      <h1 id="empty-title">Map how work really gets decided</h1>
      <p>
        Draw the workflow your team runs today, step by step and handoff by handoff. Then look
        underneath each arrow: who decides, what they need to know, and what good looks like.
      </p>
      <div className="empty-actions">
        <button className="button primary large" onClick={onCreate}>
          <Icon name="plus" /> Create your first map
        </button>
        <button className="button large" onClick={onExample}>
          Explore the example: Campaign launch
        </button>
      </div>
    </section>
  );
}
