import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withTransition, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.informal-channel';

const passing: [string, MapDocument][] = [
  ['a system', CLEAN],
  ['email', withTransition(CLEAN, 't2', { channel: 'email' })],
  ['a meeting', withTransition(CLEAN, 't2', { channel: 'meeting' })],
  ['not known yet', withTransition(CLEAN, 't2', { channel: 'unknown' })],
  ['a send-back by email', withTransition(CLEAN, 't2', { kind: 'send-back', channel: 'email' })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'chat',
    withTransition(CLEAN, 't2', { channel: 'chat' }),
    [{ targets: [onT('t2', 'channel')], says: ['“Draft brief → Brief review”', 'through chat'] }],
  ],
  [
    'a side conversation',
    withTransition(CLEAN, 't3', { channel: 'side-conversation' }),
    [{ targets: [onT('t3', 'channel')], says: ['a side conversation'] }],
  ],
  [
    'an escalation',
    withTransition(CLEAN, 't3', { kind: 'escalation' }),
    [{ targets: [onT('t3', 'kind')], says: ['as an escalation'] }],
  ],
  [
    'an escalation by chat',
    withTransition(CLEAN, 't3', { kind: 'escalation', channel: 'chat' }),
    [{ targets: [onT('t3', 'channel')], says: ['as an escalation through chat'] }],
  ],
  [
    'an automatic transition through chat still runs through chat',
    withTransition(CLEAN, 't1', { channel: 'chat' }),
    [{ targets: [onT('t1', 'channel')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
