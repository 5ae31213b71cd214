/**
 * Sums a Chromium trace (devtools.timeline events, as CDP's Tracing domain reports them) for
 * profile.ts: self time per thread and kind of work, and what the main thread's long tasks
 * were made of.
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string };
}

/** The kind of work an event is, for the events that matter on the renderer's threads. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  HitTest: 'hit-test',
  'ProxyMain::BeginMainFrame::commit': 'commit',
  'DisplayItemList::Raster': 'raster',
};

export interface TraceSummary {
  /** Self time (ms) by "thread kind" (main thread) or "thread" (raster, compositor, ...). */
  readonly byKind: Map<string, number>;
  /** Self time (ms) by "thread event". */
  readonly byEvent: Map<string, number>;
  /** Main-thread tasks over `longMs`: their length and their biggest parts. */
  readonly longTasks: string[];
}

interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export function summarise(events: readonly TraceEvent[], longMs = 40): TraceSummary {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const byThread = new Map<string, Span[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const spans = byThread.get(key) ?? [];
    spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    byThread.set(key, spans);
  }
  const byKind = new Map<string, number>();
  const byEvent = new Map<string, number>();
  const longTasks: string[] = [];
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);

  for (const [key, spans] of byThread) {
    const thread = (threadNames.get(key) ?? key).replace(/\d+$/, '');
    const main = thread === 'CrRendererMain';
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    // Self time: an event's length less its children's.
    const stack: { name: string; end: number; self: number }[] = [];
    let task: { ms: number; parts: Map<string, number> } | null = null;
    const close = (item: { name: string; self: number }) => {
      const ms = item.self / 1000;
      add(byEvent, `${thread} ${item.name}`, ms);
      const kind = KINDS[item.name];
      if (main) add(byKind, `main ${kind ?? 'other'}`, ms);
      else if (kind === 'raster' || thread.startsWith('Viz')) add(byKind, thread, ms);
      if (task) add(task.parts, item.name, ms);
      if (stack.length === 0 && task) {
        if (task.ms > longMs) {
          const parts = [...task.parts].sort((a, b) => b[1] - a[1]).slice(0, 8);
          longTasks.push(
            `${task.ms.toFixed(0)} ms: ${parts.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`,
          );
        }
        task = null;
      }
    };
    for (const span of spans) {
      while (stack.length && stack.at(-1)!.end <= span.start) close(stack.pop()!);
      const parent = stack.at(-1);
      const length = span.end - span.start;
      if (parent) parent.self -= Math.min(length, parent.end - span.start);
      else if (main) task = { ms: length / 1000, parts: new Map() };
      stack.push({ name: span.name, end: span.end, self: length });
    }
    while (stack.length) close(stack.pop()!);
  }
  return { byKind, byEvent, longTasks };
}

/** The largest entries of a map, as "ms name" lines. */
export function top(map: Map<string, number>, count: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)}  ${name}`);
}
