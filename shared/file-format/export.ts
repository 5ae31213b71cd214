/**
 * Writing a map as a portable file. Objects are built field by field in the order of the
 * example in docs/file-format.md, so the file diffs cleanly in git whatever order the app's
 * records happen to hold their keys in.
 */
import { LIMITS } from '../content/limits';
import { utf8Bytes } from '../content/text';
import {
  stepList,
  transitionList,
  type InformationItem,
  type MapDocument,
  type Role,
  type Step,
  type Transition,
} from '../model';
import type { CurrentMapFile } from './migrations';
import { FILE_FORMAT } from './schema';

type FileMap = CurrentMapFile['map'];

/** One role as the file writes it. */
export function roleEntry(r: Role): FileMap['roles'][number] {
  return { id: r.id, name: r.name, kind: r.kind };
}

/** One information item as the file writes it. */
export function informationEntry(i: InformationItem): FileMap['information'][number] {
  return { id: i.id, name: i.name, external: i.external };
}

/** One step as the file writes it. */
export function stepEntry(s: Step): FileMap['steps'][number] {
  return {
    id: s.id,
    label: s.label,
    kind: s.kind,
    performer: s.performer,
    produces: [...s.produces],
    notes: s.notes,
    position: { x: s.position.x, y: s.position.y },
  };
}

/** One transition, with its decision, as the file writes it. */
export function transitionEntry(t: Transition): FileMap['transitions'][number] {
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
      recommenders: [...d.recommenders],
      informed: [...d.informed],
      requires: [...d.requires],
      criteria: [...d.criteria],
      ifNotMet: d.ifNotMet,
      onChange: d.onChange,
      targetHours: d.targetHours,
      observedHours: d.observedHours,
      ...(d.fromRoom && d.fromRoom.length > 0 && { fromRoom: [...d.fromRoom] }),
    },
  };
}

/** The map as a current-version file object, every field present, ids as the app has them. */
export function toMapFile(doc: MapDocument): CurrentMapFile {
  const { info } = doc;
  return {
    format: FILE_FORMAT,
    version: 2,
    map: {
      id: info.id,
      name: info.name,
      purpose: info.purpose,
      stage: info.stage,
      derivedFrom: info.derivedFrom,
      notation: info.notation,
      roles: Object.values(doc.roles).map(roleEntry),
      information: Object.values(doc.information).map(informationEntry),
      steps: stepList(doc).map(stepEntry),
      transitions: transitionList(doc).map(transitionEntry),
      parkingLot: doc.parkingLot.map((p) => ({ id: p.id, text: p.text, target: p.target })),
      // Written only when there are votes, so a map without them gives the file as before.
      ...(Object.keys(doc.votes).length > 0 && { votes: { ...doc.votes } }),
    },
  };
}

/**
 * The text of a `.decisionmap.json` file: two-space JSON in the key order of
 * docs/file-format.md, with a final newline. A map whose indented file would be larger than a
 * map file may be (possible only for very large maps) is written on one line instead, which
 * every map the app holds fits in (see `mapFileBytes`), so an export always imports.
 * `parseMapFile(serializeMapFile(doc))` gives back `doc` for any valid map.
 */
export function serializeMapFile(doc: MapDocument): string {
  const file = toMapFile(doc);
  const indented = `${JSON.stringify(file, null, 2)}\n`;
  // Three bytes per UTF-16 unit at most: most files need no count at all.
  if (indented.length * 3 <= LIMITS.fileBytes || utf8Bytes(indented) <= LIMITS.fileBytes) {
    return indented;
  }
  return `${JSON.stringify(file)}\n`;
}
