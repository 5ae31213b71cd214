/**
 * The five questions as the room hears them: the card titles of workshop mode and of the
 * room's phones, and the question to ask when a card is still a gap. One list, so the
 * projector and every phone word them alike.
 */
import type { DecisionQuestion } from '../analysis/types';

export interface QuestionCard {
  readonly question: DecisionQuestion;
  readonly title: string;
  readonly ask: string;
}

export const QUESTION_CARDS: readonly QuestionCard[] = [
  {
    question: 'what',
    title: 'What is decided?',
    ask: 'What exactly has to be true to move on here?',
  },
  { question: 'who', title: 'Who decides?', ask: 'Who can say yes or no here, on their own?' },
  {
    question: 'information',
    title: 'What information is needed?',
    ask: 'What must the decider have in hand?',
  },
  {
    question: 'good',
    title: 'What does good look like?',
    ask: 'How would we all recognise work that is ready?',
  },
  {
    question: 'change',
    title: 'What if something changes?',
    ask: 'When scope, inputs or people change, where does the work go?',
  },
];

/** The five in order, as a tuple zod's enum takes. */
export const DECISION_QUESTION_IDS = [
  'what',
  'who',
  'information',
  'good',
  'change',
] as const satisfies readonly DecisionQuestion[];
