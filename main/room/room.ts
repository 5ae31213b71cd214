/**
 * One open room: who is in it, their dots and answers, and what the facilitator shows. It
 * speaks the room's contract (shared/room/messages.ts) with each connection and keeps
 * every vote and proposal in the workspace as it arrives. No network here (server.ts
 * carries the messages), so the rules can be tested without sockets.
 */
import { randomUUID } from 'node:crypto';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';
import type { OpenRoom, RoomControl, RoomProposal } from '../../shared/room/facilitator';
import {
  ROOM_LIMITS,
  type DecisionView,
  type ParticipantMessage,
  type ServerMessage,
} from '../../shared/room/messages';
import { newParticipantToken, tokenHash } from './code';
import { ActionBucket, WrongCodeLimiter } from './limits';
import type { LeftVoter, RoomSettings, RoomStore, StoredProposal } from './roomStore';
import { tokenMatches } from '../http/auth';

/** One open WebSocket of a participant's page, as the room sees it. */
export interface Connection {
  /** The network address it came from (wrong codes are counted per address). */
  readonly address: string;
  send(message: ServerMessage): void;
  /** Ends the connection (the room closed, or the page flooded it). */
  close(): void;
}

interface Participant {
  readonly id: string;
  readonly name: string;
  tokenHash: string;
  /**
   * Came with their dots from a room the killed app left open, and nobody has taken the place
   * yet: the first to join with this name gets it, dots included. Their dots count meanwhile.
   */
  carried: boolean;
  readonly votes: Map<string, number>;
  readonly bucket: ActionBucket;
  readonly connections: Set<Connection>;
  actions: number;
  /** Actions refused for speed in a row: a page that keeps flooding is disconnected. */
  refusedInARow: number;
}

/**
 * Pages one participant may have open at once (a phone, a laptop, a reconnect whose old
 * connection is not yet seen gone): a token cannot take every place in the room.
 */
export const MAX_PAGES_PER_PERSON = 4;

/** Refused actions in a row after which the room drops the connection. */
const FLOOD_DISCONNECT = 30;

export interface RoomOptions {
  readonly store: RoomStore;
  readonly mapId: string;
  readonly code: string;
  readonly now?: () => number;
  /** Called after every change, for the facilitator's waiting `room:state`. */
  readonly onChange: () => void;
}

function refusal(code: ErrorCode, seq?: number): ServerMessage {
  return seq === undefined
    ? { type: 'refused', code, message: ERROR_MESSAGES[code] }
    : { type: 'refused', code, message: ERROR_MESSAGES[code], seq };
}

/** A name as the room shows it: one line, no control characters, trimmed. */
export function tidyName(name: string): string {
  return name
    .replace(/\p{Cc}|[\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class Room {
  readonly id = randomUUID();
  readonly openedAt: string;
  private readonly now: () => number;
  private settings: RoomSettings = { budget: 5, anonymousAllowed: true, round: 1 };
  private follow = true;
  /** What the facilitator is on, and what the phones show (the same while following). */
  private facilitatorView: DecisionView | null = null;
  private shownView: DecisionView | null = null;
  /** Decisions and findings phones were shown: answers and dots must be about these. */
  private readonly shownTransitions = new Set<string>();
  private readonly votableKeys = new Set<string>();
  private voting = { open: false, revealed: false };
  private counts: Record<string, number> | null = null;
  private timer: { endsAt: number; totalMs: number } | null = null;
  private readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, Participant>();
  private readonly proposals = new Map<string, StoredProposal>();
  private readonly wrongCodes: WrongCodeLimiter;
  private anonymousJoins = 0;
  private ended = false;

  constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? Date.now;
    this.wrongCodes = new WrongCodeLimiter(this.now);
    this.openedAt = new Date(this.now()).toISOString();
    // Nothing is lost if the app is killed mid-workshop: the dots of the room it left open
    // come into this one, with the budget they were given under, until revealed.
    const left = options.store.leftOpen(options.mapId);
    if (left && left.voters.length > 0) {
      const { budget, anonymousAllowed, round } = left.settings;
      this.settings = { budget, anonymousAllowed, round };
    }
    options.store.openRoom(this.id, options.mapId, this.openedAt, this.settings);
    for (const voter of left?.voters ?? []) this.carry(voter);
    for (const p of options.store.openProposals(options.mapId)) this.proposals.set(p.id, p);
  }

  /** Takes in someone's dots from the killed room, under a token nobody holds. */
  private carry(voter: LeftVoter): void {
    const participant = this.newParticipant(voter.name, tokenHash(newParticipantToken()));
    participant.carried = true;
    this.options.store.addParticipant(this.id, participant, this.openedAt);
    for (const [key, count] of voter.votes) {
      participant.votes.set(key, count);
      this.options.store.setVote(this.id, participant.id, key, count);
    }
    const anonymous = /^Anonymous (\d+)$/.exec(voter.name);
    if (anonymous) this.anonymousJoins = Math.max(this.anonymousJoins, Number(anonymous[1]));
    this.participants.set(participant.id, participant);
    this.byToken.set(participant.tokenHash, participant);
  }

  private newParticipant(name: string, hash: string): Participant {
    return {
      id: randomUUID(),
      name,
      tokenHash: hash,
      carried: false,
      votes: new Map(),
      bucket: new ActionBucket(10, 4, this.now),
      connections: new Set(),
      actions: 0,
      refusedInARow: 0,
    };
  }

  get code(): string {
    return this.options.code;
  }

  get isOpen(): boolean {
    return !this.ended;
  }

  /** A message from a connection, already checked against the room's contract. */
  receive(
    conn: Connection,
    joined: Participant | null,
    message: ParticipantMessage,
  ): Participant | null {
    if (this.ended) {
      conn.send({ type: 'closed', message: ERROR_MESSAGES.ROOM_CLOSED });
      conn.close();
      return null;
    }
    if (message.type === 'join' || message.type === 'rejoin') {
      if (joined) return joined;
      const participant =
        message.type === 'join'
          ? this.join(conn, message.code, message.name)
          : this.rejoin(conn, message.token);
      if (participant) {
        participant.connections.add(conn);
        this.sendState(participant);
        this.changed();
      }
      return participant;
    }
    if (!joined) {
      conn.send(refusal('ROOM_NOT_JOINED'));
      return null;
    }
    if (!joined.bucket.take()) {
      conn.send(refusal('ROOM_SLOW_DOWN', message.seq));
      if (++joined.refusedInARow >= FLOOD_DISCONNECT) conn.close();
      // The page may have shown the action already: it gets the room as it is.
      else this.sendState(joined);
      return joined;
    }
    joined.refusedInARow = 0;
    const refused = this.act(joined, message);
    if (refused) {
      conn.send(refusal(refused, message.seq));
      this.sendState(joined);
      return joined;
    }
    joined.actions++;
    conn.send({ type: 'ack', seq: message.seq });
    this.sendState(joined);
    this.changed();
    return joined;
  }

  /** A connection went away; the participant stays in the room for its return. */
  leave(conn: Connection, joined: Participant | null): void {
    if (joined?.connections.delete(conn)) this.changed();
  }

  private join(conn: Connection, code: string, name: string): Participant | null {
    if (!this.wrongCodes.mayTry(conn.address)) {
      conn.send(refusal('ROOM_TOO_MANY_TRIES'));
      return null;
    }
    const typed = code.replace(/[\s-]/g, '').toUpperCase();
    if (!tokenMatches(this.options.code, typed)) {
      this.wrongCodes.wrong(conn.address);
      conn.send(refusal('ROOM_WRONG_CODE'));
      return null;
    }
    const tidy = tidyName(name);
    const token = newParticipantToken();
    const back = [...this.participants.values()].find((p) => p.carried && p.name === tidy);
    if (tidy !== '' && back) return this.claim(conn, back, token);
    if (this.participants.size >= ROOM_LIMITS.participants) {
      conn.send(refusal('ROOM_FULL'));
      return null;
    }
    const shown = tidy === '' ? `Anonymous ${++this.anonymousJoins}` : tidy;
    const participant = this.newParticipant(shown, tokenHash(token));
    this.options.store.addParticipant(this.id, participant, new Date(this.now()).toISOString());
    this.participants.set(participant.id, participant);
    this.byToken.set(participant.tokenHash, participant);
    conn.send({ type: 'welcome', token, name: shown });
    return participant;
  }

  /** Someone back after the kill, by the name they had: their place and dots, a new token. */
  private claim(conn: Connection, participant: Participant, token: string): Participant {
    this.byToken.delete(participant.tokenHash);
    participant.tokenHash = tokenHash(token);
    participant.carried = false;
    this.options.store.setTokenHash(this.id, participant.id, participant.tokenHash);
    this.byToken.set(participant.tokenHash, participant);
    conn.send({ type: 'welcome', token, name: participant.name });
    return participant;
  }

  private rejoin(conn: Connection, token: string): Participant | null {
    const participant = this.byToken.get(tokenHash(token));
    if (!participant) {
      // A token of another room, or of this room before it was closed: join with the code.
      conn.send(refusal('ROOM_NOT_JOINED'));
      return null;
    }
    if (participant.connections.size >= MAX_PAGES_PER_PERSON) {
      conn.send(refusal('ROOM_TOO_MANY_PAGES'));
      return null;
    }
    conn.send({ type: 'welcome', token, name: participant.name });
    return participant;
  }

  /** Takes one action; the refusal's code when it is not allowed. */
  private act(p: Participant, message: ParticipantMessage): ErrorCode | null {
    const { store } = this.options;
    const at = new Date(this.now()).toISOString();
    if (message.type === 'vote') {
      if (!this.voting.open) return 'ROOM_VOTING_CLOSED';
      if (!this.votableKeys.has(message.key)) return 'ROOM_NOT_ON_SCREEN';
      const others = [...p.votes].reduce((n, [k, c]) => (k === message.key ? n : n + c), 0);
      if (others + message.count > this.settings.budget) return 'ROOM_OVER_BUDGET';
      store.setVote(this.id, p.id, message.key, message.count);
      if (message.count === 0) p.votes.delete(message.key);
      else p.votes.set(message.key, message.count);
      return null;
    }
    if (message.type === 'propose' || message.type === 'park') {
      const open = [...this.proposals.values()].filter((x) => x.participantId === p.id).length;
      if (open >= ROOM_LIMITS.openProposals) return 'ROOM_TOO_MANY_OPEN';
      let proposal: StoredProposal;
      if (message.type === 'propose') {
        if (!this.shownTransitions.has(message.transition)) return 'ROOM_NOT_ON_SCREEN';
        if (message.anonymous && !this.settings.anonymousAllowed) return 'ROOM_ANONYMOUS_OFF';
        proposal = {
          id: randomUUID(),
          participantId: p.id,
          from: message.anonymous ? 'Anonymous' : p.name,
          kind: 'answer',
          transition: message.transition,
          question: message.question,
          text: message.text.trim(),
          status: 'open',
        };
      } else {
        proposal = {
          id: randomUUID(),
          participantId: p.id,
          from: p.name,
          kind: 'question',
          transition: this.shownView?.transition ?? null,
          question: null,
          text: message.text.trim(),
          status: 'open',
        };
      }
      store.addProposal(this.id, this.options.mapId, proposal, at);
      this.proposals.set(proposal.id, proposal);
      return null;
    }
    return 'ROOM_BAD_MESSAGE';
  }

  /** The facilitator's controls, applied together; every phone gets the new state. */
  control(c: RoomControl): void {
    if (c.view !== undefined) this.facilitatorView = c.view;
    if (c.follow !== undefined) this.follow = c.follow;
    if (this.follow && this.shownView !== this.facilitatorView) {
      this.shownView = this.facilitatorView;
      if (this.shownView) {
        this.shownTransitions.add(this.shownView.transition);
        for (const f of this.shownView.findings) this.votableKeys.add(f.key);
      }
    }
    if (c.budget !== undefined || c.anonymousAllowed !== undefined) {
      this.settings = {
        ...this.settings,
        budget: c.budget ?? this.settings.budget,
        anonymousAllowed: c.anonymousAllowed ?? this.settings.anonymousAllowed,
      };
    }
    if (c.voting === 'open' && !this.voting.open) {
      if (this.voting.revealed) {
        // A new round: the last one's dots were revealed (and went into the map).
        this.settings = { ...this.settings, round: this.settings.round + 1 };
        this.options.store.clearVotes(this.id);
        for (const p of this.participants.values()) p.votes.clear();
        this.counts = null;
      }
      this.voting = { open: true, revealed: false };
    } else if (c.voting === 'closed') {
      this.voting = { ...this.voting, open: false };
    }
    if (c.reveal) {
      this.voting = { open: false, revealed: true };
      this.counts = this.tally();
    }
    if (c.timerMinutes !== undefined) {
      this.timer =
        c.timerMinutes === 0
          ? null
          : { endsAt: this.now() + c.timerMinutes * 60_000, totalMs: c.timerMinutes * 60_000 };
    }
    this.settings = { ...this.settings, revealed: this.voting.revealed };
    this.options.store.saveSettings(this.id, this.settings);
    for (const p of this.participants.values()) this.sendState(p);
    this.changed();
  }

  /** An answer or question the facilitator took into the map or parked. */
  resolve(id: string, status: 'accepted' | 'parked'): boolean {
    if (!this.proposals.has(id)) return false;
    this.options.store.setProposalStatus(id, status);
    this.proposals.delete(id);
    this.changed();
    return true;
  }

  /** Ends the room: every phone is told, every connection and token stops working. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.options.store.closeRoom(this.id, new Date(this.now()).toISOString());
    for (const p of this.participants.values()) {
      for (const conn of p.connections) {
        conn.send({ type: 'closed', message: ERROR_MESSAGES.ROOM_CLOSED });
        conn.close();
      }
      p.connections.clear();
    }
    this.byToken.clear();
    this.changed();
  }

  /** Every dot of the round, per finding: each participant's counted once. */
  private tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const p of this.participants.values()) {
      for (const [key, n] of p.votes) counts[key] = (counts[key] ?? 0) + n;
    }
    return counts;
  }

  private sendState(p: Participant): void {
    if (p.connections.size === 0) return;
    const message: ServerMessage = {
      type: 'room',
      view: this.shownView,
      voting: { ...this.voting, budget: this.settings.budget },
      counts: this.counts,
      mine: Object.fromEntries(p.votes),
      timer: this.timer
        ? { leftMs: Math.max(0, this.timer.endsAt - this.now()), totalMs: this.timer.totalMs }
        : null,
      anonymousAllowed: this.settings.anonymousAllowed,
    };
    for (const conn of p.connections) conn.send(message);
  }

  private changed(): void {
    this.options.onChange();
  }

  /** The room as the facilitator's page shows it. */
  snapshot(where: { url: string; host: string; port: number }): OpenRoom {
    let dotsPlaced = 0;
    const participants = [...this.participants.values()].map((p) => {
      const dots = [...p.votes.values()].reduce((a, b) => a + b, 0);
      dotsPlaced += dots;
      return {
        id: p.id,
        name: p.name,
        connected: p.connections.size > 0,
        dots,
        actions: p.actions,
      };
    });
    const proposals: RoomProposal[] = [...this.proposals.values()].map(
      ({ participantId: _who, ...rest }) => rest,
    );
    return {
      mapId: this.options.mapId,
      code: this.options.code,
      url: where.url,
      host: where.host,
      port: where.port,
      openedAt: this.openedAt,
      follow: this.follow,
      anonymousAllowed: this.settings.anonymousAllowed,
      voting: { ...this.voting, budget: this.settings.budget },
      counts: this.counts,
      dotsPlaced,
      timer: this.timer,
      participants,
      proposals,
    };
  }
}

export type { Participant };
