import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MapDocument, TransitionId } from '../../../../shared/model';
import { acceptOps, parkOps, revealOps } from '../../../../shared/room/accept';
import type { RoomControl, RoomProposal, RoomSnapshot } from '../../../../shared/room/facilitator';
import { decisionViewOf } from '../../../../shared/room/view';
import { api, messageOf } from '../../api/client';
import { useAppStore } from '../../state/store';
import { newId } from '../../ui/ids';
import { InviteDialog } from './InviteDialog';
import { JoinCard } from './JoinCard';
import { Proposals } from './Proposals';
import { RoomTimer } from './RoomTimer';
import { useRoom } from './useRoom';

const BUDGETS = [3, 5, 7, 10] as const;
const TIMERS = [1, 2, 3, 5, 10] as const;

/**
 * The room in workshop mode: "Invite the room", then who is in it, follow me, voting and
 * its reveal, the shared timer, and the answers and questions the room sent. The room
 * ends when this panel goes (leaving workshop mode) or with "Close the room".
 */
export function RoomPanel({
  doc,
  current,
  order,
  inviteSlot,
}: {
  doc: MapDocument;
  current: TransitionId | null;
  order: readonly TransitionId[];
  /** Where "Invite the room" goes while no room is open: among the walk's own buttons. */
  inviteSlot: HTMLElement | null;
}) {
  const { snapshot, adopt } = useRoom();
  const analysis = useAppStore((s) => s.analysis);
  const [inviting, setInviting] = useState(false);
  const [cardShown, setCardShown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const room = snapshot?.room && snapshot.room.mapId === doc.info.id ? snapshot.room : null;
  const isOpen = room !== null;

  const run = async (call: () => Promise<RoomSnapshot>) => {
    setProblem(null);
    try {
      const next = await call();
      adopt(next);
      return next;
    } catch (error) {
      setProblem(messageOf(error));
      return null;
    }
  };
  const control = (c: RoomControl) => run(() => api['room:control'](c));

  // Leaving workshop mode ends the room, and every participant's access with it.
  useEffect(
    () => () => {
      void api['room:close']({}).catch(() => {});
    },
    [],
  );

  // Every phone follows the decision on screen, as the map has it now.
  const sent = useRef('');
  useEffect(() => {
    if (!isOpen || !analysis || !current) return;
    const view = decisionViewOf(doc, analysis, current, order.indexOf(current), order.length);
    const text = JSON.stringify(view);
    if (text === sent.current) return;
    sent.current = text;
    void api['room:control']({ view }).then(adopt, () => {
      sent.current = '';
    });
  }, [isOpen, doc, analysis, current, order, adopt]);

  const accept = (p: RoomProposal) => {
    const ops = acceptOps(doc, p, newId);
    // One edit, so one undo step takes the room's answer back out.
    if (ops.length > 0) useAppStore.getState().edit(ops);
    useAppStore.getState().noteFromRoom(`Proposed by the room (${p.from}): ${p.text}`);
    void run(() => api['room:resolve']({ id: p.id, status: 'accepted' }));
  };
  const park = (p: RoomProposal) => {
    useAppStore.getState().edit(parkOps(doc, p, newId));
    void run(() => api['room:resolve']({ id: p.id, status: 'parked' }));
  };
  const reveal = async () => {
    const next = await control({ reveal: true });
    const counts = next?.room?.counts;
    if (!counts) return;
    const ops = revealOps(useAppStore.getState().doc ?? doc, counts);
    if (ops.length === 0) return;
    useAppStore.getState().edit(ops);
    const dots = Object.values(counts).reduce((a, b) => a + b, 0);
    useAppStore
      .getState()
      .noteFromRoom(
        `The room’s vote: ${dots} ${dots === 1 ? 'dot' : 'dots'} on ${ops.length} ${ops.length === 1 ? 'finding' : 'findings'}`,
      );
  };

  if (!room) {
    const invite = (
      <>
        <button className="button large" onClick={() => setInviting(true)}>
          Invite the room
        </button>
        {problem && (
          <span className="error" role="alert">
            {problem}
          </span>
        )}
        {inviting && (
          <InviteDialog
            mapId={doc.info.id}
            onClose={() => setInviting(false)}
            onOpened={(next) => {
              adopt(next);
              setInviting(false);
              setCardShown(true);
            }}
          />
        )}
      </>
    );
    return inviteSlot ? createPortal(invite, inviteSlot) : null;
  }

  const here = room.participants.filter((p) => p.connected);
  return (
    <section className="room-panel" aria-labelledby="room-title">
      <header className="room-head">
        <h2 id="room-title">
          The room · <span className="room-code">{room.code}</span> · {here.length} in the room
        </h2>
        <button className="button" onClick={() => setCardShown(true)}>
          Show join card
        </button>
        <button className="button danger" onClick={() => void run(() => api['room:close']({}))}>
          Close the room
        </button>
      </header>
      <ul className="room-people" aria-label="Who is in the room">
        {room.participants.map((p) => (
          <li key={p.id} className={p.connected ? 'is-here' : 'is-away'}>
            {p.name}
            {!p.connected && <span className="visually-hidden"> (away)</span>}
          </li>
        ))}
      </ul>
      <div className="room-controls">
        <label className="room-check">
          <input
            type="checkbox"
            checked={room.follow}
            onChange={(e) => void control({ follow: e.target.checked })}
          />
          Follow me
        </label>
        <label className="room-check">
          <input
            type="checkbox"
            checked={room.anonymousAllowed}
            onChange={(e) => void control({ anonymousAllowed: e.target.checked })}
          />
          Anonymous answers
        </label>
        {room.voting.open ? (
          <button className="button" onClick={() => void control({ voting: 'closed' })}>
            Close voting
          </button>
        ) : (
          <button className="button" onClick={() => void control({ voting: 'open' })}>
            Open voting
          </button>
        )}
        <button
          className="button primary"
          onClick={() => void reveal()}
          disabled={room.voting.revealed || room.dotsPlaced === 0}
        >
          Reveal votes
        </button>
        <span className="room-dots" aria-live="polite">
          {room.voting.revealed
            ? 'Votes revealed'
            : `${room.dotsPlaced} ${room.dotsPlaced === 1 ? 'dot' : 'dots'} placed`}
        </span>
        <label>
          Dots each{' '}
          <select
            value={room.voting.budget}
            onChange={(e) => void control({ budget: Number(e.target.value) })}
          >
            {BUDGETS.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Shared timer{' '}
          <select value="" onChange={(e) => void control({ timerMinutes: Number(e.target.value) })}>
            <option value="" disabled>
              Start…
            </option>
            {TIMERS.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
            <option value={0}>Stop</option>
          </select>
        </label>
        {room.timer && <RoomTimer endsAt={room.timer.endsAt} />}
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Proposals
        doc={doc}
        current={current}
        proposals={room.proposals}
        onAccept={accept}
        onPark={park}
      />
      {cardShown && <JoinCard room={room} onClose={() => setCardShown(false)} />}
    </section>
  );
}
