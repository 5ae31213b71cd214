import { describe, expect, it } from 'vitest';
import { newJoinCode, newParticipantToken, tokenHash } from '../../../main/room/code';
import { ActionBucket, WrongCodeLimiter } from '../../../main/room/limits';
import { isJoinCode } from '../../../shared/room/code';

describe('join codes', () => {
  it('are six characters of the unambiguous alphabet, different every time', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newJoinCode()));
    for (const code of codes) expect(isJoinCode(code)).toBe(true);
    // 500 draws from about a billion: a repeat would mean a broken generator.
    expect(codes.size).toBe(500);
  });

  it('uses every character of the alphabet', () => {
    const seen = new Set([...Array.from({ length: 400 }, () => newJoinCode()).join('')]);
    expect(seen.size).toBe(32);
  });

  it('keeps only a hash of a participant token', () => {
    const token = newParticipantToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(tokenHash(token)).not.toContain(token);
    expect(tokenHash(token)).toBe(tokenHash(token));
  });
});

describe('wrong codes per address', () => {
  it('allows five wrong codes a minute, then none until the first is a minute old', () => {
    let now = 0;
    const limiter = new WrongCodeLimiter(() => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.mayTry('10.0.0.5')).toBe(true);
      limiter.wrong('10.0.0.5');
      now += 1000;
    }
    expect(limiter.mayTry('10.0.0.5')).toBe(false);
    // Another device in the room is not held back.
    expect(limiter.mayTry('10.0.0.6')).toBe(true);
    now = 60_001;
    expect(limiter.mayTry('10.0.0.5')).toBe(true);
  });
});

describe('actions per participant', () => {
  it('lets a burst through, refuses a flood, and refills over time', () => {
    let now = 0;
    const bucket = new ActionBucket(10, 4, () => now);
    let taken = 0;
    for (let i = 0; i < 50; i++) if (bucket.take()) taken++;
    expect(taken).toBe(10);
    now += 1000;
    taken = 0;
    for (let i = 0; i < 50; i++) if (bucket.take()) taken++;
    expect(taken).toBe(4);
  });

  it('never refuses one action a second', () => {
    let now = 0;
    const bucket = new ActionBucket(10, 4, () => now);
    for (let i = 0; i < 120; i++, now += 1000) expect(bucket.take()).toBe(true);
  });
});
