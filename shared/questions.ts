/**
 * The five questions of decision design, worded once. The inspector, the workshop cards,
 * the analysis pane, the register (PDF and CSV), the comparison and the command line all
 * read their words here, so "What information?" is spelled one way everywhere.
 */
import type { Decision } from './model';

/** The five questions of decision design, plus "flow" for the shape of the workflow. */
export type Question = 'what' | 'who' | 'information' | 'good' | 'change' | 'flow';

/** One of the five questions a decision answers (every question but "flow"). */
export type DecisionQuestion = Exclude<Question, 'flow'>;

/** The fields of a decision that answer one of the questions (not `automatic` or the hours). */
export type AnswerField = Exclude<
  keyof Decision,
  'automatic' | 'targetHours' | 'observedHours' | 'fromRoom'
>;

export interface QuestionWords {
  readonly id: DecisionQuestion;
  /** The fields of the decision that answer it, in the order the inspector shows them. */
  readonly fields: readonly AnswerField[];
  /** Short, where space is scarce: pane counts, finding tags, register headers, the CLI. */
  readonly label: string;
  /** The question in full, heading its block in the inspector and its workshop card. */
  readonly title: string;
  /** What a facilitator asks the room when the question has no answer yet. */
  readonly ask: string;
}

/** The five questions in the order the article asks them. */
export const DECISION_QUESTIONS: readonly QuestionWords[] = [
  {
    id: 'what',
    fields: ['question'],
    label: 'What is decided?',
    title: 'What is decided?',
    ask: 'What exactly has to be true to move on here?',
  },
  {
    id: 'who',
    fields: ['deciders', 'consulted', 'approvers', 'recommenders', 'informed'],
    label: 'Who decides?',
    title: 'Who decides?',
    ask: 'Who can say yes or no here, on their own?',
  },
  {
    id: 'information',
    fields: ['requires'],
    label: 'What information?',
    title: 'What information is required?',
    ask: 'What must the decider have in hand?',
  },
  {
    id: 'good',
    // The gate outcome belongs with the criteria: it says what happens when they are not met.
    fields: ['criteria', 'ifNotMet'],
    label: 'What does good look like?',
    title: 'What does good look like?',
    ask: 'How would we all recognise work that is ready?',
  },
  {
    id: 'change',
    fields: ['onChange'],
    label: 'What if it changes?',
    title: 'What happens when something changes?',
    ask: 'When scope, inputs or people change, where does the work go?',
  },
];

/** The five questions' ids, in order; never empty, as zod's `z.enum` (the room's contract) needs. */
export const DECISION_QUESTION_IDS = DECISION_QUESTIONS.map((q) => q.id) as unknown as readonly [
  DecisionQuestion,
  ...DecisionQuestion[],
];

/** Every question a finding can belong to: the five, then "flow". */
export const QUESTION_IDS: readonly Question[] = [...DECISION_QUESTION_IDS, 'flow'];

/** The short label of each question, "Flow" for the shape of the workflow. */
export const QUESTION_LABELS: Readonly<Record<Question, string>> = {
  ...(Object.fromEntries(DECISION_QUESTIONS.map((q) => [q.id, q.label])) as Record<
    DecisionQuestion,
    string
  >),
  flow: 'Flow',
};

/** The words of one question. */
export function questionWords(id: DecisionQuestion): QuestionWords {
  return DECISION_QUESTIONS.find((q) => q.id === id)!;
}

/** The question a field of a decision answers. */
export function questionOfField(field: AnswerField): DecisionQuestion {
  return DECISION_QUESTIONS.find((q) => q.fields.includes(field))!.id;
}

export interface FieldWords {
  /** The field's label in the inspector and on the workshop cards. */
  readonly label: string;
  /** Its column heading in the register (CSV, and the PDF where it has a column of its own). */
  readonly column: string;
}

/** What each answering field of a decision is called. */
export const ANSWER_FIELDS: Readonly<Record<AnswerField, FieldWords>> = {
  question: { label: 'Decision question', column: 'Question' },
  deciders: { label: 'Decider (one accountable role)', column: 'Deciders' },
  consulted: { label: 'Consulted for input', column: 'Consulted' },
  approvers: { label: 'Approvers with a veto', column: 'Approvers' },
  recommenders: { label: 'Recommended by', column: 'Recommended by' },
  informed: { label: 'Informed once decided', column: 'Informed' },
  requires: { label: 'Required information', column: 'Required information' },
  criteria: { label: 'Criteria', column: 'Criteria' },
  ifNotMet: { label: 'If the criteria are not met', column: 'If not met' },
  onChange: { label: 'Change rule', column: 'Change rule' },
};
