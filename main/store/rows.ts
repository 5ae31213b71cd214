/**
 * The shapes of rows as SQLite returns them, and their conversion to the model. Element
 * rows hold the element's own JSON: only this store writes them, always from a document
 * the reducer produced out of validated operations, so they are parsed without a second
 * validation pass (which would dominate the time to open a large map).
 */
import type {
  InformationItem,
  MapDocument,
  MapId,
  MapSummary,
  Notation,
  ParkingLotItem,
  Role,
  Stage,
  Step,
  StepId,
  Transition,
  TransitionId,
} from '../../shared/model';
import { AppError } from '../../shared/errors';
import { logWarn } from '../log';

export type ElementTable = 'steps' | 'transitions' | 'roles' | 'information';
export const ELEMENT_TABLES: readonly ElementTable[] = [
  'steps',
  'transitions',
  'roles',
  'information',
];

export interface MapRow {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly stage: string;
  readonly derived_from: string | null;
  readonly notation: string;
  readonly parking_lot: string;
  readonly votes: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly deleted_at: string | null;
  readonly revision: number;
}

export interface SummaryRow {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly derived_from: string | null;
  readonly step_count: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly deleted_at: string | null;
}

export interface ElementRow {
  readonly id: string;
  readonly sort: number;
  readonly data: string;
}

export function toSummary(row: SummaryRow): MapSummary {
  return {
    id: row.id as MapId,
    name: row.name,
    stage: row.stage as Stage,
    derivedFrom: row.derived_from as MapId | null,
    stepCount: row.step_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Builds a record from rows in sort order; `__proto__` is defined, not assigned, so it stays data. */
function recordOf<T>(rows: readonly ElementRow[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (const row of rows) {
    const value = JSON.parse(row.data) as T;
    if (row.id === '__proto__') {
      Object.defineProperty(record, row.id, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      record[row.id] = value;
    }
  }
  return record;
}

export interface ElementRows {
  readonly steps: readonly ElementRow[];
  readonly transitions: readonly ElementRow[];
  readonly roles: readonly ElementRow[];
  readonly information: readonly ElementRow[];
}

/**
 * The document a map's rows describe, elements in stored (drawing) order. A row whose JSON
 * no longer parses (a damaged disk page that SQLite's own checks do not cover) makes the map
 * MAP_DAMAGED: one map refused in plain words, the rest of the workspace untouched.
 */
export function toDocument(map: MapRow, rows: ElementRows): MapDocument {
  try {
    return documentOf(map, rows);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // The person sees MAP_DAMAGED; support sees where (the message is scrubbed of content).
    logWarn('store', 'a map’s stored data is damaged, so the map was refused', error);
    const damaged = new AppError('MAP_DAMAGED');
    damaged.cause = error;
    throw damaged;
  }
}

function documentOf(map: MapRow, rows: ElementRows): MapDocument {
  return {
    info: {
      id: map.id as MapId,
      name: map.name,
      purpose: map.purpose,
      stage: map.stage as Stage,
      derivedFrom: map.derived_from as MapId | null,
      notation: map.notation as Notation,
    },
    steps: recordOf<Step>(rows.steps),
    stepOrder: rows.steps.map((r) => r.id as StepId),
    transitions: recordOf<Transition>(rows.transitions),
    transitionOrder: rows.transitions.map((r) => r.id as TransitionId),
    roles: recordOf<Role>(rows.roles),
    information: recordOf<InformationItem>(rows.information),
    parkingLot: JSON.parse(map.parking_lot) as ParkingLotItem[],
    votes: JSON.parse(map.votes) as Record<string, number>,
  };
}
