import { getViewportForBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { own, type MapDocument, type TransitionId } from '../../../shared/model';
import { arrowName } from '../../../shared/names';
import { walkOrder } from '../../../shared/workshop';
import { NAMES_ZOOM } from '../canvas/farZoom';
import { isTyping } from '../canvas/useCanvasKeys';
import { useAppStore } from '../state/store';
import { newId } from '../ui/ids';
import { DecisionCards } from './DecisionCards';
import { canvasWidthFor, decisionFrame, FRAME_PADDING } from './decisionFrame';
import { ParkDialog } from './ParkDialog';
import { RoomPanel } from './room/RoomPanel';
import { SummaryDialog } from './SummaryDialog';
import { Timebox } from './Timebox';
import { TopVotes } from './TopVotes';

const TIMEBOXES = [null, 2, 3, 5, 10] as const;
/** The canvas's usual share of the screen (workshop.css: `.walk-body`, 5fr beside 6fr). */
const CANVAS_SHARE = 5 / 11;
/** The most a decision's canvas may take, so the question cards stay readable beside it. */
const CANVAS_MOST = 0.62;
const CARD_FIELDS: Readonly<Record<string, string>> = {
  '1': 'question',
  '2': 'deciders',
  '3': 'requires',
  '4': 'criteria',
  '5': 'onChange',
};

function nameOf(doc: MapDocument, id: TransitionId): string {
  const t = own(doc.transitions, id);
  return t ? arrowName(doc, t) : '';
}

/**
 * Workshop mode: full screen, large type, high contrast. The facilitator walks the
 * decisions in flow order; the canvas frames the one on screen, the five questions show as
 * cards, and answers and open questions are captured by keyboard without leaving the walk.
 */
export function WorkshopView({ canvas }: { canvas: ReactNode }) {
  const session = useAppStore((s) => s.workshop);
  const doc = useAppStore((s) => s.doc)!;
  const order = useMemo(() => walkOrder(doc), [doc]);
  const [parking, setParking] = useState(false);
  // Where "Invite the room" sits among the walk's buttons, so no room costs the canvas nothing.
  const [roomSlot, setRoomSlot] = useState<HTMLElement | null>(null);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const body = useRef<HTMLDivElement>(null);
  // The canvas's width in pixels when the decision needs more than its usual share.
  const [canvasPx, setCanvasPx] = useState<number | null>(null);
  const canvasWidth = useStore((s) => s.width);
  const current =
    session?.current && order.includes(session.current) ? session.current : (order[0] ?? null);
  const index = current ? order.indexOf(current) : -1;

  const go = (step: number) => {
    const next = order[Math.min(Math.max(index + step, 0), order.length - 1)];
    if (next) useAppStore.getState().showDecision(next);
  };

  // Frame the decision on screen: its two steps, selected arrow, readable zoom.
  useEffect(() => {
    const t = current ? doc.transitions[current] : undefined;
    if (!t) return;
    useAppStore.getState().setSelection({ steps: [], transitions: [t.id] });
    // The two steps and the card where it is placed, which may be away from the arrow's
    // middle. Never so far out that the card shrinks to its badge (NAMES_ZOOM): on a small
    // projector screen the card matters more than the whole of two distant steps.
    const measured = (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node?.measured.width || !node.measured.height) return null;
      const { x, y } = node.internals.positionAbsolute;
      return { x, y, width: node.measured.width, height: node.measured.height };
    };
    const { width, height } = flowStore.getState();
    const frame = decisionFrame(doc, useAppStore.getState().lanes, t.id, measured);
    // Too wide to read in the canvas's usual share (two steps far apart): the canvas takes
    // the width it needs, up to CANVAS_MOST, and the decision is framed once it has it.
    const screen = body.current?.clientWidth ?? 0;
    if (frame && screen > 0) {
      const needed = canvasWidthFor(frame, NAMES_ZOOM);
      const wanted = needed > screen * CANVAS_SHARE ? Math.min(needed, screen * CANVAS_MOST) : null;
      if (wanted !== canvasPx) {
        setCanvasPx(wanted);
        return;
      }
    }
    if (frame && width > 0 && height > 0) {
      const viewport = getViewportForBounds(frame, width, height, NAMES_ZOOM, 1.2, FRAME_PADDING);
      void flow.setViewport(viewport, { duration: 300 });
    } else {
      void flow.fitView({
        nodes: [{ id: t.from }, { id: t.to }],
        padding: 0.1,
        minZoom: NAMES_ZOOM,
        maxZoom: 1.2,
        duration: 300,
      });
    }
    // When the decision on screen changes (not on every edit of it), and when the canvas
    // has taken its new width.
  }, [current, canvasPx, canvasWidth]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void document.documentElement.requestFullscreen?.().catch(() => {});
    document.documentElement.classList.add('workshop-mode');
    return () => {
      document.documentElement.classList.remove('workshop-mode');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key;
      const mod = event.ctrlKey || event.metaKey;
      // Undo and redo here too: an answer accepted from the room is one step to take back.
      if (mod && key.toLowerCase() === 'z') {
        if (event.shiftKey) useAppStore.getState().redo();
        else useAppStore.getState().undo();
      } else if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') go(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go(-1);
      else if (key === 'p' || key === 'P') setParking(true);
      else if (CARD_FIELDS[key]) {
        // 1–5 put the keyboard in the capture field of that question's card.
        document
          .querySelector<HTMLElement>(`.walk-cards [data-field="${CARD_FIELDS[key]}"]`)
          ?.focus();
      } else if (key === 'Escape') useAppStore.getState().endWorkshop();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  if (!session) return null;
  const park = (text: string, target: TransitionId | null) => {
    useAppStore.getState().edit({ type: 'parking/add', item: { id: newId('p'), text, target } });
    setParking(false);
  };

  return (
    <div className="workshop" role="main" aria-label="Workshop: walk the decisions">
      <header className="walk-bar">
        <h1 className="walk-title">Walk the decisions</h1>
        <span className="walk-keys">← → move · 1–5 answer · P park · Esc leave</span>
        <span className="walk-progress" aria-live="polite">
          {order.length === 0
            ? 'No decisions to walk yet'
            : `Decision ${index + 1} of ${order.length}`}
        </span>
        <label className="walk-jump">
          <span className="visually-hidden">Jump to a decision</span>
          <select
            value={current ?? ''}
            onChange={(event) =>
              useAppStore.getState().showDecision(event.target.value as TransitionId)
            }
          >
            {order.map((id, i) => (
              <option key={id} value={id}>
                {i + 1}. {nameOf(doc, id)}
              </option>
            ))}
          </select>
        </label>
        <label className="walk-timebox">
          <span>Timebox</span>
          <select
            value={session.timeboxMinutes ?? ''}
            onChange={(event) =>
              useAppStore
                .getState()
                .setTimebox(event.target.value ? Number(event.target.value) : null)
            }
          >
            {TIMEBOXES.map((m) => (
              <option key={m ?? 'none'} value={m ?? ''}>
                {m ? `${m} min` : 'None'}
              </option>
            ))}
          </select>
        </label>
        {session.timeboxMinutes && (
          <Timebox
            key={`${current}-${session.shownAt}`}
            minutes={session.timeboxMinutes}
            since={session.shownAt}
          />
        )}
        <div className="walk-actions">
          <button className="button large" onClick={() => go(-1)} disabled={index <= 0}>
            ← Previous
          </button>
          <button
            className="button large primary"
            onClick={() => go(1)}
            disabled={index >= order.length - 1}
          >
            Next →
          </button>
          <button className="button large" onClick={() => setParking(true)}>
            Park a question (P)
          </button>
          <span className="walk-room-slot" ref={setRoomSlot} />
          <button className="button large" onClick={() => useAppStore.getState().endWorkshop()}>
            Leave (Esc)
          </button>
        </div>
      </header>
      <div
        className="walk-body"
        ref={body}
        style={canvasPx ? { gridTemplateColumns: `${canvasPx}px minmax(0, 1fr)` } : undefined}
      >
        <div className="walk-canvas">
          {current && <h2 className="walk-decision">{nameOf(doc, current)}</h2>}
          {canvas}
          <TopVotes doc={doc} />
          <ParkingList doc={doc} />
          {/* Leaving the walk (its summary, or workshop mode) unmounts it: the room ends. */}
          {!session.ended && (
            <RoomPanel doc={doc} current={current} order={order} inviteSlot={roomSlot} />
          )}
        </div>
        {current ? (
          <DecisionCards doc={doc} id={current} />
        ) : (
          <p className="walk-empty">
            Draw arrows between steps: each one carries a decision to walk.
          </p>
        )}
      </div>
      {parking && (
        <ParkDialog
          about={current ? { id: current, name: nameOf(doc, current) } : null}
          onPark={park}
          onClose={() => setParking(false)}
        />
      )}
      {session.ended && (
        <SummaryDialog
          before={session.before}
          after={doc}
          fromRoom={session.fromRoom}
          onClose={() => useAppStore.getState().closeWorkshop()}
        />
      )}
    </div>
  );
}

/** The parking lot: open questions captured during the session, kept with the map. */
function ParkingList({ doc }: { doc: MapDocument }) {
  if (doc.parkingLot.length === 0) return null;
  return (
    <section className="parking-list" aria-labelledby="parking-title">
      <h2 id="parking-title">Parking lot ({doc.parkingLot.length})</h2>
      <ul>
        {doc.parkingLot.map((item) => (
          <li key={item.id}>
            {item.text}
            {item.target && doc.transitions[item.target] && (
              <span className="muted"> — {nameOf(doc, item.target as TransitionId)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
