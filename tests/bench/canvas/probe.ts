/**
 * What the canvas benchmark puts into the page before the app loads (tests are type-checked
 * without the DOM library, so it is plain JavaScript in a string). It records:
 * - the time from navigation to the first painted frame after which the map stays drawn —
 *   every step in the DOM measured and visible, arrows present, the decision cards on them
 *   drawn, and the view settled for a second;
 * - frame times (requestAnimationFrame deltas) and long tasks between start() and stop();
 * - the time from a keydown in the focused field to the analysis pane showing a given text,
 *   painted.
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  // Whenever something shows differently, the time of the next frame (the one painted).
  function drawnSignature() {
    const root = document.querySelector('.react-flow');
    if (!root || !root.querySelector('.react-flow__edge')) return null;
    const nodes = root.querySelectorAll('.react-flow__node');
    if (nodes.length === 0) return null;
    const view = root.getBoundingClientRect();
    let inView = 0;
    for (const node of nodes) {
      if (node.style.visibility === 'hidden') return null;
      const box = node.getBoundingClientRect();
      if (box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom) inView++;
    }
    if (inView === 0) return null;
    const transform = root.querySelector('.react-flow__viewport').style.transform;
    // Decision cards on arrows count too: the map is open once its cards are drawn.
    const cards = root.querySelectorAll('.decision-chip').length;
    return transform + '|' + inView + '|' + nodes.length + '|' + cards;
  }
  const open = { last: null, changed: false, drawnAt: null, stableSince: 0, done: false };
  const watch = (time) => {
    if (open.changed) {
      open.drawnAt = time;
      open.changed = false;
    }
    const signature = drawnSignature();
    if (signature === null) {
      open.last = null;
      open.drawnAt = null;
    } else if (signature !== open.last) {
      open.last = signature;
      open.changed = true;
      open.stableSince = time;
    } else if (open.drawnAt !== null && time - open.stableSince > 1000) {
      open.done = true;
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  // Each start() runs its own frame loop; a loop from an earlier window ends at its next frame.
  let recording = 0;
  let frames = [];
  let windowStart = 0;
  const loop = (run) => {
    const tick = (time) => {
      if (recording !== run) return;
      frames.push(time);
      requestAnimationFrame(tick);
    };
    return tick;
  };

  let paneResult = null;

  window.__canvasProbe = {
    openedAt: () => (open.done ? open.drawnAt : null),
    start() {
      frames = [];
      windowStart = performance.now();
      recording += 1;
      requestAnimationFrame(loop(recording));
    },
    stop() {
      recording += 1;
      const deltas = frames.slice(1).map((t, i) => t - frames[i]);
      const tasks = longTasks.filter((t) => t.start + t.duration >= windowStart);
      return { deltas, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) };
    },
    armPane(needle) {
      const field = document.activeElement;
      const pane = document.querySelector('[aria-label="Analysis"]');
      let keyAt = null;
      field.addEventListener('keydown', (event) => (keyAt = event.timeStamp), { once: true, capture: true });
      paneResult = new Promise((resolve) => {
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, 5000);
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            const element = record.target.nodeType === 3 ? record.target.parentNode : record.target;
            if (keyAt === null || !element || !element.textContent.includes(needle)) continue;
            observer.disconnect();
            clearTimeout(timeout);
            // After the frame that shows it: the next animation frame, then a task after its paint.
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - keyAt);
              channel.port2.postMessage(0);
            });
            return;
          }
        });
        observer.observe(pane, { subtree: true, childList: true, characterData: true });
      });
    },
    paneResult: () => paneResult,
  };
})();
`;
