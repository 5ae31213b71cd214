/**
 * The room (issue 19): who joined a workshop from their own device, their dots and their
 * open answers and questions, kept in the workspace so that a phone that sleeps finds its
 * votes again and nothing the room said is lost if the app is killed. Participants are
 * known by a hash of their token, never the token itself.
 */
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  sql: `
    CREATE TABLE rooms (
      id        TEXT PRIMARY KEY NOT NULL,
      map_id    TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
      opened_at TEXT NOT NULL,
      -- Set when the room ends; a room left open by a killed app is ended at the next open.
      closed_at TEXT,
      -- Dot budget, anonymous answers, voting round: small, read and written whole.
      settings  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
    ) STRICT;
    CREATE INDEX rooms_by_map ON rooms (map_id);

    CREATE TABLE room_participants (
      room_id    TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
      id         TEXT NOT NULL,
      name       TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      joined_at  TEXT NOT NULL,
      PRIMARY KEY (room_id, id)
    ) STRICT;

    CREATE TABLE room_votes (
      room_id        TEXT NOT NULL,
      participant_id TEXT NOT NULL,
      finding_key    TEXT NOT NULL,
      count          INTEGER NOT NULL CHECK (count > 0),
      PRIMARY KEY (room_id, participant_id, finding_key),
      FOREIGN KEY (room_id, participant_id)
        REFERENCES room_participants (room_id, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE room_proposals (
      id             TEXT PRIMARY KEY NOT NULL,
      room_id        TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
      -- Open answers outlive their room: the next room on the map shows them again.
      map_id         TEXT NOT NULL,
      participant_id TEXT NOT NULL,
      from_name      TEXT NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('answer', 'question')),
      transition_id  TEXT,
      question       TEXT,
      text           TEXT NOT NULL,
      status         TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'parked')),
      created_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX room_proposals_by_map ON room_proposals (map_id, status);
  `,
};
