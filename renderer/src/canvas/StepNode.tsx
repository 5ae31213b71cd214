import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/content/limits';
import { clipText } from '../../../shared/content/text';
import { STEP_KIND_LABELS } from '../../../shared/model';
import { stepName } from '../../../shared/names';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { STEP_KIND_ICONS } from '../ui/kinds';
import type { StepNode as StepNodeType } from './flowMapping';
import { countRender } from './renderCounts';

/** More characters than three lines of a step hold: the name is clamped (canvas.css). */
const LONG_NAME = 60;

/**
 * The handles people do not drag from, where arrows the app routes end (flowMapping.ts,
 * arrowPath.ts's arrowSides): rework back in and out along the bottom; for steps one above
 * the other, in at the top and rework back in at the right; out at the left, to a step on
 * the left (a row running right to left).
 */
const HIDDEN_HANDLES = [
  { id: 'back-in', type: 'target', position: Position.Bottom },
  { id: 'top-in', type: 'target', position: Position.Top },
  { id: 'side-in', type: 'target', position: Position.Right },
  { id: 'back-out', type: 'source', position: Position.Bottom },
  { id: 'down-out', type: 'source', position: Position.Bottom },
  { id: 'left-out', type: 'source', position: Position.Left },
] as const;

function HiddenHandles({ type }: { type: 'source' | 'target' }) {
  return HIDDEN_HANDLES.filter((h) => h.type === type).map((h) => (
    <Handle
      key={h.id}
      id={h.id}
      type={h.type}
      position={h.position}
      className="handle-back"
      isConnectable={false}
      aria-hidden="true"
    />
  ));
}

/** A step on the canvas: its kind as shape, icon and caption (never colour alone). */
export const StepNodeView = memo(function StepNodeView({
  id,
  data,
  selected,
}: NodeProps<StepNodeType>) {
  const { kind, label } = data;
  const renaming = useAppStore((s) => s.renamingStepId === id);
  countRender(`step:${id}`);
  return (
    // The tooltip holds the whole name, which the step shortens to a few lines.
    <div
      className={`step step-${kind}${selected ? ' is-selected' : ''}`}
      title={label || undefined}
    >
      <Handle id="in" type="target" position={Position.Left} aria-label="Arrow in" />
      <HiddenHandles type="target" />
      <span className="step-icon" aria-hidden="true">
        <Icon name={STEP_KIND_ICONS[kind]} size={16} />
      </span>
      <span className="step-body">
        <span className="step-kind">{STEP_KIND_LABELS[kind]}</span>
        {renaming ? (
          <RenameField stepId={id} initial={label} />
        ) : (
          <span
            className={`step-label${label.trim() ? '' : ' is-empty'}${label.length > LONG_NAME ? ' is-long' : ''}`}
          >
            {stepName({ label, kind })}
          </span>
        )}
      </span>
      <Handle id="out" type="source" position={Position.Right} aria-label="Arrow out" />
      <HiddenHandles type="source" />
    </div>
  );
});

/**
 * Letters typed in the moment between adding a step and its name field appearing (React
 * Flow shows a step only once it has measured it). Kept so the first letters of a name
 * are never lost or taken for shortcuts.
 */
export function typeAheadIntoRename(key: string): void {
  useAppStore.getState().typeAhead(key);
}

/** Enter pressed before the name field appeared: what was typed becomes the name. */
export function commitTypeAhead(): void {
  const store = useAppStore.getState();
  const id = store.renamingStepId;
  store.setRenaming(null);
  const typedAhead = store.takeTypedAhead();
  if (id && typedAhead)
    store.edit({ type: 'step/update', id, patch: { label: clipText(typedAhead, LIMITS.label) } });
}

/** Inline rename: Enter or leaving the field keeps the text, Escape leaves it as it was. */
function RenameField({ stepId, initial }: { stepId: string; initial: string }) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const field = input.current;
      if (!field) return;
      field.focus();
      if (document.activeElement === field) {
        const typedAhead = useAppStore.getState().takeTypedAhead();
        if (typedAhead) setValue(typedAhead);
        else field.select();
        return;
      }
      if (++tries < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const store = useAppStore.getState();
    store.takeTypedAhead();
    store.setRenaming(null);
    if (keep && value !== initial) {
      store.edit({
        type: 'step/update',
        id: stepId as never,
        patch: { label: clipText(value, LIMITS.label) },
      });
    }
    // Give the keyboard back to the canvas so the next shortcut works at once.
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(stepId)}"]`)
      ?.focus();
  };
  return (
    <input
      ref={input}
      className="step-rename nodrag nopan"
      aria-label="Step name"
      value={value}
      maxLength={LIMITS.label}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
    />
  );
}
