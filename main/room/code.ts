/**
 * The room's secrets: the join code on the screen (crypto-random, from the unambiguous
 * alphabet) and each participant's token, which the workspace keeps only as a hash.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/room/code';

/** A fresh join code, every character drawn uniformly by the system's secure generator. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** A participant's token: 32 random bytes, what the phone keeps to rejoin. */
export function newParticipantToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the workspace keeps of a token: enough to recognise it, never enough to use it. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
