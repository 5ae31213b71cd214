import type { Transition } from '../../model';
import type { MapRule } from '../rule';
import { targetsOn } from '../report';

const INFORMAL: Partial<Record<Transition['channel'], string>> = {
  chat: 'chat',
  'side-conversation': 'a side conversation',
};

/** A transition that runs through chat, a side conversation, or an escalation. */
export const rule: MapRule = {
  id: 'flow.informal-channel',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Informal channel',
  description:
    'Work moves through chat, a side conversation or an escalation: how a handoff travels, not what its decision answers.',
  counts: 'map',
  article: 'Slack messages, side conversations, and last-minute escalations.',
  prompt: 'Where should this handoff happen so that everyone can see what was decided?',
  check(ctx, report) {
    for (const t of ctx.transitions) {
      const channel = INFORMAL[t.channel];
      const escalation = t.kind === 'escalation';
      if (channel === undefined && !escalation) continue;
      const how =
        channel !== undefined && escalation
          ? `as an escalation through ${channel}`
          : channel !== undefined
            ? `through ${channel}`
            : 'as an escalation';
      report(
        `Work moves on ${ctx.transitionLabel(t)} ${how}.`,
        targetsOn(t, channel !== undefined ? 'channel' : 'kind'),
      );
    }
  },
};
