import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { spacedJoinCode } from '../../../../shared/room/code';
import type { OpenRoom } from '../../../../shared/room/facilitator';
import { Dialog } from '../../ui/Dialog';

/**
 * The join card for the projector: the address to type, a QR code that opens it with the
 * code filled in, and the join code large enough to read from the back of the room.
 */
export function JoinCard({ room, onClose }: { room: OpenRoom; onClose: () => void }) {
  const [qr, setQr] = useState<string | null>(null);
  // The code rides after '#': browsers never send that part, so it stays off the network's logs.
  const link = `${room.url}#${room.code}`;
  useEffect(() => {
    let alive = true;
    QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => alive && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => alive && setQr(null),
    );
    return () => {
      alive = false;
    };
  }, [link]);
  const here = room.participants.filter((p) => p.connected).length;
  return (
    <Dialog title="Join the room" onClose={onClose} className="join-card">
      <div className="join-card-body">
        <div className="join-card-steps">
          <p className="join-card-step">Open this address on your phone or laptop:</p>
          <p className="join-card-url">{room.url}</p>
          <p className="join-card-step">and type the code:</p>
          <p className="join-card-code" aria-label={`Join code ${room.code.split('').join(' ')}`}>
            {spacedJoinCode(room.code)}
          </p>
          <p className="join-card-count" aria-live="polite">
            {here === 0 ? 'No one has joined yet' : `${here} in the room`}
          </p>
        </div>
        {qr && <img className="join-card-qr" src={qr} alt="QR code that opens the room’s page" />}
      </div>
      <div className="dialog-actions">
        <button className="button large primary" autoFocus onClick={onClose}>
          Back to the walk
        </button>
      </div>
    </Dialog>
  );
}
