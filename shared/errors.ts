/**
 * One table of error codes with the words a user sees. Main turns any failure into
 * `{ code, message }`; the UI shows the message, never a stack trace.
 */
export const ERROR_MESSAGES = {
  INVALID_REQUEST: 'The app sent a request it could not understand. Nothing was changed.',
  FORBIDDEN: 'That request did not come from Decision Map, so it was refused.',
  MAP_NOT_FOUND: 'That map no longer exists. It may have been deleted in another window.',
  MAP_DAMAGED:
    'This map’s saved data is damaged, so it cannot be opened. Your other maps are not affected.',
  INVALID_EDIT: 'That change could not be applied to the map. Nothing was changed.',
  INVALID_FILE: 'This file could not be imported. Nothing was changed.',
  FILE_OVER_LIMIT:
    'This file asks for more time or memory than Decision Map gives one file, so it was not imported. Nothing was changed.',
  REDESIGN_NEEDS_AS_IS:
    'Only an as-is map can be redesigned. To try another design, duplicate this to-be map instead.',
  FILE_NOT_SAVED:
    'The file could not be saved there. Check that the folder still exists and that you may write to it, then try again.',
  DESKTOP_ONLY: 'Only the desktop app can do this; in the browser the file is downloaded instead.',
  PDF_DESKTOP_ONLY:
    'PDF export needs the desktop app. In the browser, open the print view and use Print → Save as PDF.',
  PDF_FAILED: 'The PDF could not be made. Nothing was saved.',
  PDF_PRINTED_BY_BROWSER:
    'This PDF was printed by a browser and holds no map; import the .decisionmap.json instead. Nothing was changed.',
  WORKSPACE_UNREADABLE:
    'The workspace file is not a Decision Map database, or it is damaged. It was left exactly as it was.',
  WORKSPACE_TOO_NEW:
    'This workspace was saved by a newer version of Decision Map. Update the app to open it; the file was not changed.',
  WORKSPACE_UNAVAILABLE: 'The workspace is not open, so nothing can be saved yet.',
  WORKSPACE_IN_USE:
    'Decision Map is already open on this folder in another window. Close it first, or start with --data-dir to use another folder.',
  WORKSPACE_GONE:
    'The workspace file was deleted or replaced while Decision Map had it open, so nothing more is saved into it. Your maps are still here: save them to a new workspace so nothing is lost.',
  MAP_STALE:
    'This map was changed in another window or tab since your last edit, so that edit was not saved over it. Nothing was changed.',
  STORAGE_FAILED: 'Your change could not be saved to disk. Check free space and try again.',
  STEP_NEEDS_ONE_PLACE:
    'A new step goes after one selected step or onto one selected arrow. Select just one, then press the key again.',
  ROOM_NOT_OPEN: 'No room is open. Invite the room first.',
  ROOM_HOST_NOT_OFFERED:
    'The room can only open on one of the network addresses listed. Pick one and try again.',
  ROOM_NOT_STARTED:
    'The room could not start on that address. Check the network connection, or pick another address.',
  ROOM_PAGE_MISSING:
    'The participants’ page is missing from this installation, so no room can be opened. Install Decision Map again.',
  ROOM_WRONG_CODE: 'That code does not open this room. Check the code on the screen and try again.',
  ROOM_TOO_MANY_TRIES:
    'Too many wrong codes from this device. Wait a minute, then type the code on the screen.',
  ROOM_CLOSED: 'This room has ended. Thank you for taking part.',
  ROOM_NOT_JOINED: 'Join the room first, with the code on the screen.',
  ROOM_SLOW_DOWN: 'That was a lot at once. Wait a moment, then try again.',
  ROOM_BAD_MESSAGE: 'The page sent something the room could not read. Reload the page.',
  ROOM_FULL: 'The room is full. Ask the facilitator.',
  ROOM_TOO_MANY_PAGES:
    'The room is already open on several pages of yours. Close one of them, then reload this page.',
  ROOM_VOTING_CLOSED: 'Voting is not open right now.',
  ROOM_OVER_BUDGET: 'You have used all your dots. Take one back to place it elsewhere.',
  ROOM_NOT_ON_SCREEN: 'That decision is no longer on screen. Answer the one shown now.',
  ROOM_TOO_MANY_OPEN:
    'The facilitator has many of your ideas still to look at. Wait until some are taken up.',
  ROOM_NOT_KEPT: 'That could not be kept just now. Try again in a moment.',
  ROOM_ANONYMOUS_OFF: 'The facilitator has asked for names on answers in this room.',
  INTERNAL: 'Something went wrong inside Decision Map. Nothing was changed.',
  BRIDGE_MISSING:
    'This window of Decision Map could not connect to your workspace, so no map can be opened or saved in it. Your maps are safe. Quit Decision Map and open it again; if this keeps happening, install it again.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A failure with a code from the table above; safe to show and to send across processes. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export interface ErrorPayload {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Turns anything thrown into a payload a user can read; unknown errors never leak details. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
