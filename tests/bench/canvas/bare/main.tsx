/**
 * The canvas bench's anchor: bare React Flow, as its documentation sets it up for a large
 * graph (default nodes and edges, `onlyRenderVisibleElements`), and nothing of ours. It draws
 * the steps and arrows of the bench map (`./bare-map-N.json`, written by ../bare.ts: same
 * counts, same positions) in a box the size of our canvas, from the viewport our canvas
 * opened at (both in the page's hash), and lets nodes be dragged (`useNodesState`). The zoom range is ours, so the bench's zoom gesture
 * reaches as far out on both pages.
 */
import {
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface BareMap {
  readonly nodes: Node[];
  readonly edges: Edge[];
}

/** `#n=..&x=..&y=..&zoom=..&width=..&height=..`: the map, and our canvas's view and size. */
const hash = new URLSearchParams(window.location.hash.slice(1));
const number = (name: string, otherwise: number) => Number(hash.get(name) ?? otherwise);
const viewport: Viewport = { x: number('x', 0), y: number('y', 0), zoom: number('zoom', 1) };
const size = { width: number('width', 1280), height: number('height', 800) };

function Flow({ map }: { map: BareMap }) {
  const [nodes, , onNodesChange] = useNodesState(map.nodes);
  const [edges, , onEdgesChange] = useEdgesState(map.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={viewport}
      onlyRenderVisibleElements
      minZoom={0.1}
      maxZoom={2.5}
    />
  );
}

function Page() {
  const [map, setMap] = useState<BareMap | null>(null);
  useEffect(() => {
    void fetch(`./bare-map-${number('n', 0)}.json`)
      .then((response) => response.json())
      .then((loaded: BareMap) => setMap(loaded));
  }, []);
  return <div style={size}>{map && <Flow map={map} />}</div>;
}

createRoot(document.getElementById('root')!).render(<Page />);
