/**
 * Every edit of a map is one of these values. The renderer applies them at once, main
 * persists them, and undo applies the inverse. Kept as data so that they can cross the
 * process boundary, be validated, and be replayed in tests.
 */
import type {
  Channel,
  Decision,
  InformationId,
  InformationItem,
  Notation,
  ParkingLotItem,
  Position,
  Role,
  RoleId,
  RoleKind,
  Step,
  StepId,
  StepKind,
  Transition,
  TransitionId,
  TransitionKind,
} from '../model';

export interface StepPatch {
  readonly label?: string;
  readonly kind?: StepKind;
  readonly performer?: RoleId | null;
  readonly produces?: readonly InformationId[];
  readonly notes?: string;
}

export interface TransitionPatch {
  readonly label?: string;
  readonly kind?: TransitionKind;
  readonly channel?: Channel;
}

export type DecisionPatch = Partial<Decision>;

export interface RolePatch {
  readonly name?: string;
  readonly kind?: RoleKind;
}

export interface InformationPatch {
  readonly name?: string;
  readonly external?: boolean;
}

export interface ParkingPatch {
  readonly text?: string;
  /** Re-attaches the question: a step or transition of the map, or null for the whole map. */
  readonly target?: string | null;
}

export interface StepMove {
  readonly id: StepId;
  readonly position: Position;
}

export type Operation =
  | { readonly type: 'map/rename'; readonly name: string }
  | { readonly type: 'map/setPurpose'; readonly purpose: string }
  /** Switches the decision-rights notation (RACI, RAPID, DACI) the map is read in. */
  | { readonly type: 'map/setNotation'; readonly notation: Notation }
  /** Adds steps and transitions together (a new step, a connection, a paste). */
  | {
      readonly type: 'elements/add';
      readonly steps: readonly Step[];
      readonly transitions: readonly Transition[];
    }
  /**
   * Removes steps (with every transition touching them) and transitions. Parked questions
   * about them stay, re-attached to the whole map (target null).
   */
  | {
      readonly type: 'elements/remove';
      readonly stepIds: readonly StepId[];
      readonly transitionIds: readonly TransitionId[];
    }
  | { readonly type: 'step/update'; readonly id: StepId; readonly patch: StepPatch }
  | { readonly type: 'steps/move'; readonly moves: readonly StepMove[] }
  | {
      readonly type: 'transition/update';
      readonly id: TransitionId;
      readonly patch: TransitionPatch;
    }
  | { readonly type: 'decision/update'; readonly id: TransitionId; readonly patch: DecisionPatch }
  | { readonly type: 'role/add'; readonly role: Role }
  | { readonly type: 'role/update'; readonly id: RoleId; readonly patch: RolePatch }
  /** Removes the role and every reference to it: performers become null, lists drop it. */
  | { readonly type: 'role/remove'; readonly id: RoleId }
  /** Every reference to `from` becomes `into` (once per list, at its first place); `from` goes. */
  | { readonly type: 'role/merge'; readonly from: RoleId; readonly into: RoleId }
  | { readonly type: 'information/add'; readonly item: InformationItem }
  | {
      readonly type: 'information/update';
      readonly id: InformationId;
      readonly patch: InformationPatch;
    }
  /** Removes the item and every reference to it (steps' produces, decisions' requires). */
  | { readonly type: 'information/remove'; readonly id: InformationId }
  /** Every reference to `from` becomes `into` (once per list, at its first place); `from` goes. */
  | {
      readonly type: 'information/merge';
      readonly from: InformationId;
      readonly into: InformationId;
    }
  /** Parks an open question; `at` (an index, for undo) puts it back where it was, else last. */
  | { readonly type: 'parking/add'; readonly item: ParkingLotItem; readonly at?: number }
  | { readonly type: 'parking/update'; readonly id: string; readonly patch: ParkingPatch }
  | { readonly type: 'parking/remove'; readonly id: string }
  /** Sets the dot votes of a finding (by `findingKey`); 0 removes its entry. */
  | { readonly type: 'votes/set'; readonly key: string; readonly count: number };

export type OperationType = Operation['type'];

/**
 * Which rows of a map an operation changed; the store writes exactly these. `map` is the
 * map's own row: name, purpose, notation, parking lot and votes.
 */
export interface Touched {
  map: boolean;
  steps: Set<string>;
  transitions: Set<string>;
  roles: Set<string>;
  information: Set<string>;
}
