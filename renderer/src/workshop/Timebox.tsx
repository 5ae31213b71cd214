import { useEffect, useState } from 'react';

/** A quiet countdown for the decision on screen: words, no sound, no flashing. */
export function Timebox({ minutes, since }: { minutes: number; since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.round((since + minutes * 60_000 - now) / 1000);
  const over = left <= 0;
  const shown = Math.abs(left);
  const text = `${Math.floor(shown / 60)}:${String(shown % 60).padStart(2, '0')}`;
  return (
    <span className={`timebox${over ? ' is-over' : ''}`} role="timer" aria-live="off">
      {over ? `Time is up (+${text})` : `${text} left`}
    </span>
  );
}
