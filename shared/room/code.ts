/**
 * The room's join code: six characters a person reads off a projector and types on a
 * phone, from an alphabet without the pairs people confuse (0/O, 1/I). 32 symbols, six
 * places: about a billion codes, against at most five wrong tries per minute per address.
 */
export const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/**
 * The code as typed, tidied: upper case, without the spaces and dashes people add when
 * reading it in pairs. Nothing else is corrected: an O stays an O (and is refused).
 */
export function tidyJoinCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** Whether `code` could be a join code at all (length and alphabet). */
export function isJoinCode(code: string): boolean {
  if (code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return false;
  return true;
}

/** "ABC DEF": the code in two groups of three, as the join card shows it. */
export function spacedJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
