import { useRef, useState } from 'react';
import {
  ROLE_KINDS,
  type InformationId,
  type MapDocument,
  type RoleId,
  type RoleKind,
} from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { ROLE_KIND_LABELS } from './NewRoleKind';
import { useFieldFocus } from './useFieldFocus';

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where a role is used, in words: "decides 3, consulted on 1, performs 2 steps". */
function roleUse(doc: MapDocument, id: string): string {
  let decides = 0;
  let consulted = 0;
  let approves = 0;
  for (const t of Object.values(doc.transitions)) {
    if (t.decision.deciders.includes(id as RoleId)) decides++;
    if (t.decision.consulted.includes(id as RoleId)) consulted++;
    if (t.decision.approvers.includes(id as RoleId)) approves++;
  }
  const performs = Object.values(doc.steps).filter((s) => s.performer === id).length;
  const parts = [
    decides && `decides ${decides}`,
    approves && `veto on ${approves}`,
    consulted && `consulted on ${consulted}`,
    performs && `performs ${plural(performs, 'step')}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'not used yet';
}

function informationUse(doc: MapDocument, id: string): string {
  const produced = Object.values(doc.steps).filter((s) =>
    s.produces.includes(id as InformationId),
  ).length;
  const required = Object.values(doc.transitions).filter((t) =>
    t.decision.requires.includes(id as InformationId),
  ).length;
  const parts = [
    produced && `produced by ${plural(produced, 'step')}`,
    required && `needed by ${plural(required, 'decision')}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'not used yet';
}

/** The map's roles and information items: rename, merge and delete, showing where each is used. */
export function RosterPanel({ doc }: { doc: MapDocument }) {
  const roles = Object.values(doc.roles).sort((a, b) => a.name.localeCompare(b.name));
  const items = Object.values(doc.information).sort((a, b) => a.name.localeCompare(b.name));
  const edit = useAppStore.getState().edit;
  return (
    <>
      <section className="roster" aria-labelledby="roles-title">
        <h3 id="roles-title" className="roster-title">
          Roles <span className="count">{roles.length}</span>
        </h3>
        {roles.length === 0 && (
          <p className="muted small">Roles appear here as you name deciders and performers.</p>
        )}
        <ul>
          {roles.map((role) => (
            <RosterRow
              key={role.id}
              id={role.id}
              name={role.name}
              usage={roleUse(doc, role.id)}
              others={roles.filter((r) => r.id !== role.id)}
              onRename={(name) =>
                edit(
                  { type: 'role/update', id: role.id, patch: { name } },
                  { typingKey: `role:${role.id}` },
                )
              }
              onMerge={(into) => edit({ type: 'role/merge', from: role.id, into: into as RoleId })}
              onDelete={() => edit({ type: 'role/remove', id: role.id })}
            >
              <select
                aria-label={`Kind of ${role.name}`}
                data-field="kind"
                value={role.kind}
                onChange={(event) =>
                  edit({
                    type: 'role/update',
                    id: role.id,
                    patch: { kind: event.target.value as RoleKind },
                  })
                }
              >
                {ROLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ROLE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </RosterRow>
          ))}
        </ul>
      </section>
      <section className="roster" aria-labelledby="information-title">
        <h3 id="information-title" className="roster-title">
          Information <span className="count">{items.length}</span>
        </h3>
        {items.length === 0 && (
          <p className="muted small">
            Information items appear here as steps produce them and decisions need them.
          </p>
        )}
        <ul>
          {items.map((item) => (
            <RosterRow
              key={item.id}
              id={item.id}
              name={item.name}
              usage={informationUse(doc, item.id)}
              others={items.filter((i) => i.id !== item.id)}
              onRename={(name) =>
                edit(
                  { type: 'information/update', id: item.id, patch: { name } },
                  { typingKey: `info:${item.id}` },
                )
              }
              onMerge={(into) =>
                edit({ type: 'information/merge', from: item.id, into: into as InformationId })
              }
              onDelete={() => edit({ type: 'information/remove', id: item.id })}
            >
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={item.external}
                  onChange={(event) =>
                    edit({
                      type: 'information/update',
                      id: item.id,
                      patch: { external: event.target.checked },
                    })
                  }
                />
                From outside the map
              </label>
            </RosterRow>
          ))}
        </ul>
      </section>
    </>
  );
}

function RosterRow({
  id,
  name,
  usage,
  others,
  onRename,
  onMerge,
  onDelete,
  children,
}: {
  /** The role's or item's id: a finding about it puts the keyboard in this row (`data-field`). */
  id: string;
  name: string;
  usage: string;
  others: readonly { id: string; name: string }[];
  onRename: (name: string) => void;
  onMerge: (into: string) => void;
  onDelete: () => void;
  children: React.ReactNode;
}) {
  const row = useRef<HTMLLIElement>(null);
  useFieldFocus(id, row);
  const [value, setValue] = useState(name);
  const [shown, setShown] = useState(name);
  if (shown !== name) {
    setShown(name);
    setValue(name);
  }
  return (
    <li className="roster-row" ref={row}>
      <div className="roster-line">
        <input
          aria-label={`Name of ${name}`}
          value={value}
          maxLength={LIMITS.name}
          onChange={(event) => {
            setValue(event.target.value);
            if (event.target.value.trim()) onRename(event.target.value);
          }}
          onBlur={() => setValue(name)}
        />
        <button
          className="icon-button danger"
          aria-label={`Delete ${name}`}
          title="Delete everywhere"
          onClick={onDelete}
        >
          <Icon name="trash" size={16} />
        </button>
      </div>
      <div className="roster-line">
        <span className="muted small">{usage}</span>
      </div>
      <div className="roster-line">
        {children}
        {others.length > 0 && (
          <select
            aria-label={`Merge ${name} into`}
            value=""
            onChange={(event) => event.target.value && onMerge(event.target.value)}
          >
            <option value="">Merge into…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </div>
    </li>
  );
}
