import { describe, expect, it } from 'vitest';
import { isJoinCode, JOIN_ALPHABET, tidyJoinCode } from '../../../shared/room/code';
import {
  participantMessageSchema,
  ROOM_LIMITS,
  serverMessageSchema,
} from '../../../shared/room/messages';

describe('join code alphabet', () => {
  it('has no characters people confuse on a projector', () => {
    for (const ch of '0O1I') expect(JOIN_ALPHABET).not.toContain(ch);
    expect(new Set(JOIN_ALPHABET).size).toBe(JOIN_ALPHABET.length);
  });

  it('tidies what people type and refuses what no code has', () => {
    expect(tidyJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(isJoinCode('ABCDEF')).toBe(true);
    expect(isJoinCode('ABCDE0')).toBe(false);
    expect(isJoinCode('ABCDE')).toBe(false);
  });
});

describe('the room contract', () => {
  const ok = (m: unknown) => participantMessageSchema.safeParse(m).success;

  it('takes every message a participant page sends', () => {
    expect(ok({ type: 'join', code: 'ABCDEF', name: 'Ana' })).toBe(true);
    expect(ok({ type: 'rejoin', token: 'x'.repeat(43) })).toBe(true);
    expect(
      ok({
        type: 'propose',
        seq: 1,
        transition: 't1',
        question: 'who',
        text: 'CMO',
        anonymous: false,
      }),
    ).toBe(true);
    expect(ok({ type: 'vote', seq: 2, key: 'owner.missing:t1', count: 2 })).toBe(true);
    expect(ok({ type: 'park', seq: 3, text: 'Who signs off legal?' })).toBe(true);
  });

  it('refuses unknown types, extra fields, wrong kinds and blank text', () => {
    expect(ok({ type: 'maps:list' })).toBe(false);
    expect(ok({ type: 'join', code: 'ABCDEF', name: 'Ana', admin: true })).toBe(false);
    expect(
      ok({
        type: 'propose',
        seq: 1,
        transition: 't1',
        question: 'flow',
        text: 'x',
        anonymous: false,
      }),
    ).toBe(false);
    expect(ok({ type: 'park', seq: 3, text: '   ' })).toBe(false);
    expect(ok({ type: 'vote', seq: -1, key: 'k', count: 1 })).toBe(false);
    expect(ok({ type: 'vote', seq: 1, key: 'k', count: ROOM_LIMITS.budget + 1 })).toBe(false);
  });

  it('refuses text over its limit', () => {
    expect(ok({ type: 'join', code: 'ABCDEF', name: 'n'.repeat(ROOM_LIMITS.name + 1) })).toBe(
      false,
    );
    expect(ok({ type: 'park', seq: 1, text: 'q'.repeat(ROOM_LIMITS.question + 1) })).toBe(false);
    expect(
      ok({
        type: 'propose',
        seq: 1,
        transition: 't1',
        question: 'what',
        text: 'p'.repeat(ROOM_LIMITS.proposal + 1),
        anonymous: false,
      }),
    ).toBe(false);
  });

  it('describes what the server sends', () => {
    expect(serverMessageSchema.safeParse({ type: 'ack', seq: 4 }).success).toBe(true);
    expect(
      serverMessageSchema.safeParse({ type: 'closed', message: 'This room has ended.' }).success,
    ).toBe(true);
  });
});
