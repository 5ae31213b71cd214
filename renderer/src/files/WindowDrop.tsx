import { useEffect, useState } from 'react';
import type { MapId } from '../../../shared/model';
import { PagePicker } from '../home/PagePicker';
import { useImport } from '../home/useImport';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
const open = (id: MapId) => useAppStore.getState().navigate({ view: 'map', id });

/**
 * A file dropped anywhere on the window is imported as a new map and opened, on Home and
 * in the editor alike. Without this, the browser (and Electron) would navigate to the
 * dropped file and the app would be gone from the window.
 */
export function WindowDrop({ enabled }: { enabled: boolean }) {
  const [dragging, setDragging] = useState(false);
  const { importFiles, pageChoice } = useImport(open);

  useEffect(() => {
    // Counting enter/leave pairs: leaving a child for its parent is not leaving the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      if (enabled) setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
      if (enabled) setDragging(true);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (enabled) void importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, importFiles]);

  if (pageChoice) return <PagePicker choice={pageChoice} />;
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <Icon name="map" size={32} />
      <p>
        Drop a .decisionmap.json file, a PDF the desktop app exported, or a BPMN or draw.io process
        (.bpmn, .drawio) to import it as a new map
      </p>
    </div>
  );
}
