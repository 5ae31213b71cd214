/**
 * Writing a map as a portable file. Objects are built field by field in the order of the
 * handbook's example, so the file diffs cleanly in git whatever order the app's records
 * happen to hold their keys in.
 */
import { stepList, transitionList, type MapDocument } from '../model';
import type { CurrentMapFile } from './migrations';
import { FILE_FORMAT } from './schema';

/** The map as a current-version file object, every field present, ids as the app has them. */
export function toMapFile(doc: MapDocument): CurrentMapFile {
  const { info } = doc;
  return {
    format: FILE_FORMAT,
    version: 1,
    map: {
      id: info.id,
      name: info.name,
      purpose: info.purpose,
      stage: info.stage,
      derivedFrom: info.derivedFrom,
      roles: Object.values(doc.roles).map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      information: Object.values(doc.information).map((i) => ({
        id: i.id,
        name: i.name,
        external: i.external,
      })),
      steps: stepList(doc).map((s) => ({
        id: s.id,
        label: s.label,
        kind: s.kind,
        performer: s.performer,
        produces: [...s.produces],
        notes: s.notes,
        position: { x: s.position.x, y: s.position.y },
      })),
      transitions: transitionList(doc).map((t) => {
        const d = t.decision;
        return {
          id: t.id,
          from: t.from,
          to: t.to,
          label: t.label,
          kind: t.kind,
          channel: t.channel,
          decision: {
            automatic: d.automatic,
            question: d.question,
            deciders: [...d.deciders],
            consulted: [...d.consulted],
            approvers: [...d.approvers],
            requires: [...d.requires],
            criteria: [...d.criteria],
            ifNotMet: d.ifNotMet,
            onChange: d.onChange,
            targetHours: d.targetHours,
            observedHours: d.observedHours,
          },
        };
      }),
      parkingLot: doc.parkingLot.map((p) => ({ id: p.id, text: p.text, target: p.target })),
      // Written only when there are votes, so a map without them gives the file as before.
      ...(Object.keys(doc.votes).length > 0 && { votes: { ...doc.votes } }),
    },
  };
}

/**
 * The text of a `.decisionmap.json` file: two-space JSON in the handbook's key order, with a
 * final newline. `parseMapFile(serializeMapFile(doc))` gives back `doc` for any valid map.
 */
export function serializeMapFile(doc: MapDocument): string {
  return `${JSON.stringify(toMapFile(doc), null, 2)}\n`;
}
