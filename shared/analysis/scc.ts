/**
 * Strongly connected components (Tarjan), iterative so that a 5,000-step chain does not
 * overflow the call stack. O(n + m).
 */

export interface Components {
  /** Component of each step. Components are numbered in reverse topological order:
   * if an arrow runs from component a to a different component b, then a > b. */
  readonly of: Int32Array;
  readonly count: number;
  /** Steps of component c: `members[memberStart[c] .. memberStart[c + 1])`, ascending. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** 1 when component c holds a cycle: more than one step, or a step with an arrow to itself. */
  readonly cyclic: Uint8Array;
}

/** Tarjan's algorithm over the adjacency of the graph index (every arrow). */
export function computeComponents(
  n: number,
  outStart: Int32Array,
  outList: Int32Array,
  target: Int32Array,
): Components {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const calls = new Int32Array(n);
  const cursor = new Int32Array(n);
  const of = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let cp = 0;
    const enter = (v: number): void => {
      index[v] = low[v] = counter++;
      stack[sp++] = v;
      onStack[v] = 1;
      cursor[v] = outStart[v]!;
      calls[cp++] = v;
    };
    enter(root);
    while (cp > 0) {
      const v = calls[cp - 1]!;
      if (cursor[v]! < outStart[v + 1]!) {
        const w = target[outList[cursor[v]!++]!]!;
        if (index[w] === -1) enter(w);
        else if (onStack[w] === 1 && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      cp--;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          of[w] = count;
        } while (w !== v);
        count++;
      }
      if (cp > 0) {
        const parent = calls[cp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }

  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) memberStart[of[v]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[of[v]!]!++] = v;

  const cyclic = new Uint8Array(count);
  for (let c = 0; c < count; c++) if (memberStart[c + 1]! - memberStart[c]! > 1) cyclic[c] = 1;
  for (let v = 0; v < n; v++) {
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      if (target[outList[k]!] === v) cyclic[of[v]!] = 1;
    }
  }
  return { of, count, memberStart, members, cyclic };
}
