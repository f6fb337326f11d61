// The report's words for figures a reader would otherwise have to decode: the quiz change between pre and post
// (compareQuiz's codes) and the criterion c. Shown in the /admin tables (with a tooltip), the terminal report and the
// CSV, all from here.
import type { QuizChange } from '../quiz/score.ts';

export const QUIZ_CHANGE_TEXT: Readonly<Record<QuizChange, { label: string; explain: string }>> = {
  'better-discernment': {
    label: 'tells scam from genuine better',
    explain: 'd′ rose by at least 0.5 from pre to post: after training, people told scam from genuine contact better.',
  },
  'worse-discernment': {
    label: 'tells scam from genuine worse',
    explain: 'd′ fell by at least 0.5 from pre to post: people told scam from genuine contact less well than before.',
  },
  'more-sceptical': {
    label: 'more sceptical of everything',
    explain:
      'd′ barely moved but c fell by at least 0.25: more "scam" answers to everything, genuine contact included. ' +
      'The failure inoculation research warns about: distrust, not discernment.',
  },
  'more-trusting': {
    label: 'more trusting of everything',
    explain: 'd′ barely moved but c rose by at least 0.25: more "genuine" answers to everything, scams included.',
  },
  'no-clear-change': {
    label: 'no clear change',
    explain: 'd′ moved by less than 0.5 and c by less than 0.25: within what one or two answers change on a form.',
  },
};

/** Shown when post answered "scam" to a larger share of genuine items than pre. */
export const MORE_FALSE_ALARMS_TEXT = {
  label: 'more false alarms',
  explain: 'After training, a larger share of genuine contacts was called a scam than before.',
};

export const CRITERION_TEXT = {
  label: 'c (response bias)',
  explain:
    'c, the criterion: which way answers lean, whatever the item. Below 0 leans to "scam", above 0 to "genuine", ' +
    '0 is no lean. A falling c with a flat d′ means more suspicion, not more skill.',
};
