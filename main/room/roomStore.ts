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
