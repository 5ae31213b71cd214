import { useEffect, useState } from 'react';
import type { RoomInterface, RoomSnapshot } from '../../../../shared/room/facilitator';
import { api, messageOf } from '../../api/client';
import { Dialog } from '../../ui/Dialog';

/**
 * "Invite the room": the person picks the network the room opens on and reads, in plain
 * words, what that opens and for how long. Nothing listens before "Open the room".
 */
export function InviteDialog({
  mapId,
  onOpened,
  onClose,
}: {
  mapId: string;
  onOpened: (snapshot: RoomSnapshot) => void;
  onClose: () => void;
}) {
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [host, setHost] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    api['room:interfaces']({}).then(
      (list) => {
        setInterfaces(list);
        setHost(list[0]?.address ?? '');
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  const open = async () => {
    setOpening(true);
    setProblem(null);
    try {
      onOpened(await api['room:open']({ mapId, host }));
    } catch (error) {
      setProblem(messageOf(error));
      setOpening(false);
    }
  };

  return (
    <Dialog title="Invite the room" onClose={onClose} className="invite-dialog">
      <p>
        Everyone in the room can join from their own phone or laptop browser, with no install and no
        account. Decision Map becomes the room’s server on your local network.
      </p>
      {interfaces?.length === 0 && (
        <p className="muted">
          No network is offered for a room here. In browser mode, start Decision Map with
          <code> npm run web -- --room-host ADDRESS</code>.
        </p>
      )}
      {interfaces && interfaces.length > 0 && (
        <fieldset className="invite-networks">
          <legend>The network the room joins on</legend>
          {interfaces.map((i) => (
            <label key={i.address}>
              <input
                type="radio"
                name="room-host"
                value={i.address}
                checked={host === i.address}
                onChange={() => setHost(i.address)}
              />
              {i.address} <span className="muted">({i.local ? 'this computer only' : i.name})</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="invite-words">
        This opens one port on {host || 'the address you pick'} to anyone on that network who has
        the join code. They see the decision you show and can send answers, questions and dots; they
        cannot open, list or change your maps. It stays open until you close the room, leave
        workshop mode or quit Decision Map.
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button className="button" onClick={onClose}>
          Cancel
        </button>
        <button className="button primary" onClick={open} disabled={!host || opening}>
          Open the room
        </button>
      </div>
    </Dialog>
  );
}
