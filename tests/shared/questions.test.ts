import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS } from '../../shared/export/registerCsv';
import { emptyDecision } from '../../shared/model';
import {
  ANSWER_FIELDS,
  DECISION_QUESTION_IDS,
  DECISION_QUESTIONS,
  QUESTION_IDS,
  QUESTION_LABELS,
  questionOfField,
  questionWords,
} from '../../shared/questions';

describe('the five questions', () => {
  it('are asked in the order of the article, then "flow" for findings about the shape', () => {
    expect(DECISION_QUESTION_IDS).toEqual(['what', 'who', 'information', 'good', 'change']);
    expect(QUESTION_IDS).toEqual(['what', 'who', 'information', 'good', 'change', 'flow']);
  });

  it('are each worded once: a short label, the question in full, what to ask the room', () => {
    expect(DECISION_QUESTIONS.map((q) => [q.id, q.label, q.title])).toEqual([
      ['what', 'What is decided?', 'What is decided?'],
      ['who', 'Who decides?', 'Who decides?'],
      ['information', 'What information?', 'What information is required?'],
      ['good', 'What does good look like?', 'What does good look like?'],
      ['change', 'What if it changes?', 'What happens when something changes?'],
    ]);
    for (const q of DECISION_QUESTIONS) {
      expect(q.ask, q.id).toMatch(/^[A-Z].*\?$/);
      expect(q.label.length, q.id).toBeLessThanOrEqual(q.title.length);
    }
    expect(new Set(DECISION_QUESTIONS.map((q) => q.label)).size).toBe(5);
  });

  it('give the short labels every reader uses, with "Flow" for the shape of the workflow', () => {
    for (const q of DECISION_QUESTIONS) expect(QUESTION_LABELS[q.id]).toBe(q.label);
    expect(QUESTION_LABELS.flow).toBe('Flow');
    expect(questionWords('information').title).toBe('What information is required?');
  });

  it('cover every field of a decision that answers one, each field under exactly one question', () => {
    const answering = Object.keys(emptyDecision).filter(
      (f) => !['automatic', 'targetHours', 'observedHours'].includes(f),
    );
    const covered = DECISION_QUESTIONS.flatMap((q) => q.fields);
    expect([...covered].sort()).toEqual([...answering].sort());
    expect(Object.keys(ANSWER_FIELDS).sort()).toEqual([...answering].sort());
    expect(questionOfField('requires')).toBe('information');
    expect(questionOfField('ifNotMet')).toBe('good');
    expect(questionOfField('informed')).toBe('who');
  });

  it('name the register columns as they were before the table (a spreadsheet keeps working)', () => {
    expect(REGISTER_COLUMNS).toEqual([
      'From',
      'To',
      'Kind',
      'Channel',
      'Question',
      'Deciders',
      'Consulted',
      'Approvers',
      'Required information',
      'Criteria',
      'If not met',
      'Change rule',
      'Target hours',
      'Observed hours',
      'Readiness',
      'Proposed by the room',
    ]);
  });
});
