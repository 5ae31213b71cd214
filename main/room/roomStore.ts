/**
 * The room's rows in the workspace (migration 004): rooms, participants by token hash,
 * their dots, and the answers and questions they sent. Every write is one statement, so a
 * kill at any moment leaves each vote and each proposal either wholly there or not at all.
 */
import type Database from 'better-sqlite3';
import type { DecisionQuestion } from '../../shared/analysis/types';
import type { RoomProposal } from '../../shared/room/facilitator';

export interface RoomSettings {
  readonly budget: number;
  readonly anonymousAllowed: boolean;
  /** Voting round: opening voting again after a reveal starts a new round, dots cleared. */
  readonly round: number;
  /** The round's dots were revealed (and so went into the map): a later room must not carry them. */
  readonly revealed?: boolean;
}

/** Someone with dots in a room a killed app left open, as the next room takes them in. */
export interface LeftVoter {
  readonly name: string;
  readonly votes: ReadonlyMap<string, number>;
}

/** A room a killed app left open on a map: its settings, and its dots if still unrevealed. */
export interface LeftOpenRoom {
  readonly settings: RoomSettings;
  readonly voters: readonly LeftVoter[];
}

export interface StoredParticipant {
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
}

export interface StoredProposal extends RoomProposal {
  readonly participantId: string;
}

interface ProposalRow {
  id: string;
  participant_id: string;
  from_name: string;
  kind: 'answer' | 'question';
  transition_id: string | null;
  question: string | null;
  text: string;
  status: RoomProposal['status'];
}

export class RoomStore {
  constructor(private readonly db: Database.Database) {}

  /** Ends any room a killed app left open, then starts a new one. */
  openRoom(id: string, mapId: string, at: string, settings: RoomSettings): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE rooms SET closed_at = ? WHERE closed_at IS NULL').run(at);
      this.db
        .prepare('INSERT INTO rooms (id, map_id, opened_at, settings) VALUES (?, ?, ?, ?)')
        .run(id, mapId, at, JSON.stringify(settings));
    })();
  }

  /**
   * The room a killed app left open on this map (read before `openRoom` ends it). Its dots
   * come only while unrevealed: revealed ones are in the map's votes already.
   */
  leftOpen(mapId: string): LeftOpenRoom | null {
    const room = this.db
      .prepare<[string], { id: string; settings: string }>(
        `SELECT id, settings FROM rooms WHERE map_id = ? AND closed_at IS NULL
         ORDER BY opened_at DESC, rowid DESC LIMIT 1`,
      )
      .get(mapId);
    if (!room) return null;
    const settings = JSON.parse(room.settings) as RoomSettings;
    if (settings.revealed) return { settings, voters: [] };
    const rows = this.db
      .prepare<[string], { id: string; name: string; finding_key: string; count: number }>(
        `SELECT p.id, p.name, v.finding_key, v.count FROM room_participants p
         JOIN room_votes v ON v.room_id = p.room_id AND v.participant_id = p.id
         WHERE p.room_id = ? ORDER BY p.joined_at, p.rowid, v.rowid`,
      )
      .all(room.id);
    const voters = new Map<string, { name: string; votes: Map<string, number> }>();
    for (const row of rows) {
      const voter = voters.get(row.id) ?? { name: row.name, votes: new Map<string, number>() };
      voter.votes.set(row.finding_key, row.count);
      voters.set(row.id, voter);
    }
    return { settings, voters: [...voters.values()] };
  }

  /** A participant carried from a killed room was claimed by someone joining with its name. */
  setTokenHash(roomId: string, participantId: string, tokenHash: string): void {
    this.db
      .prepare('UPDATE room_participants SET token_hash = ? WHERE room_id = ? AND id = ?')
      .run(tokenHash, roomId, participantId);
  }

  closeRoom(id: string, at: string): void {
    this.db
      .prepare('UPDATE rooms SET closed_at = ? WHERE id = ? AND closed_at IS NULL')
      .run(at, id);
  }

  saveSettings(id: string, settings: RoomSettings): void {
    this.db.prepare('UPDATE rooms SET settings = ? WHERE id = ?').run(JSON.stringify(settings), id);
  }

  addParticipant(roomId: string, p: StoredParticipant, at: string): void {
    this.db
      .prepare(
        'INSERT INTO room_participants (room_id, id, name, token_hash, joined_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(roomId, p.id, p.name, p.tokenHash, at);
  }

  /** Sets a participant's dots on one finding; 0 takes them back. */
  setVote(roomId: string, participantId: string, key: string, count: number): void {
    if (count === 0) {
      this.db
        .prepare(
          'DELETE FROM room_votes WHERE room_id = ? AND participant_id = ? AND finding_key = ?',
        )
        .run(roomId, participantId, key);
    } else {
      this.db
        .prepare(
          `INSERT INTO room_votes (room_id, participant_id, finding_key, count) VALUES (?, ?, ?, ?)
           ON CONFLICT (room_id, participant_id, finding_key) DO UPDATE SET count = excluded.count`,
        )
        .run(roomId, participantId, key, count);
    }
  }

  /** Every dot of a room, per participant: what a restarted room server starts from. */
  votes(roomId: string): Map<string, Map<string, number>> {
    const rows = this.db
      .prepare<[string], { participant_id: string; finding_key: string; count: number }>(
        'SELECT participant_id, finding_key, count FROM room_votes WHERE room_id = ?',
      )
      .all(roomId);
    const byParticipant = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const mine = byParticipant.get(row.participant_id) ?? new Map<string, number>();
      mine.set(row.finding_key, row.count);
      byParticipant.set(row.participant_id, mine);
    }
    return byParticipant;
  }

  clearVotes(roomId: string): void {
    this.db.prepare('DELETE FROM room_votes WHERE room_id = ?').run(roomId);
  }

  addProposal(roomId: string, mapId: string, p: StoredProposal, at: string): void {
    this.db
      .prepare(
        `INSERT INTO room_proposals (id, room_id, map_id, participant_id, from_name, kind,
           transition_id, question, text, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        p.id,
        roomId,
        mapId,
        p.participantId,
        p.from,
        p.kind,
        p.transition,
        p.question,
        p.text,
        p.status,
        at,
      );
  }

  setProposalStatus(id: string, status: RoomProposal['status']): void {
    this.db.prepare('UPDATE room_proposals SET status = ? WHERE id = ?').run(status, id);
  }

  /** The map's answers and questions still waiting, from this room and rooms before it. */
  openProposals(mapId: string): StoredProposal[] {
    return this.db
      .prepare<[string], ProposalRow>(
        `SELECT id, participant_id, from_name, kind, transition_id, question, text, status
         FROM room_proposals WHERE map_id = ? AND status = 'open' ORDER BY created_at, rowid`,
      )
      .all(mapId)
      .map((row) => ({
        id: row.id,
        participantId: row.participant_id,
        from: row.from_name,
        kind: row.kind,
        transition: row.transition_id,
        question: row.question as DecisionQuestion | null,
        text: row.text,
        status: row.status,
      }));
  }
}
