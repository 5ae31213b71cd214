/**
 * The one-click fixes findings offer, as document operations: the analysis pane applies
 * them through the store in one edit, so one undo takes the whole fix back.
 */
import type { Operation } from '../operations/types';
import type { FindingFix } from './types';

/** The operations that apply a finding's fix, in one edit. */
export function fixOperations(fix: FindingFix): Operation[] {
  switch (fix.kind) {
    case 'mark-send-back':
      return fix.transitions.map((id) => ({
        type: 'transition/update',
        id,
        patch: { kind: 'send-back' },
      }));
  }
}

/** The fix's button label, in the user's words. */
export function fixLabel(fix: FindingFix): string {
  switch (fix.kind) {
    case 'mark-send-back':
      return fix.transitions.length === 1
        ? 'Mark as send-back'
        : `Mark ${fix.transitions.length} arrows as send-backs`;
  }
}
