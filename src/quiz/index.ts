// The genuine-or-scam quiz core: pure apart from reading its two content files.
export { parseAnswer } from './answer.ts';
export { criterion, dPrime, inverseNormal, loglinearRate } from './dprime.ts';
export { checkQuizFile, loadQuiz, QUIZ_FILE, type Quiz, type QuizItem, quizItems } from './load.ts';
export { checkQuizReplies, loadQuizReplies, QUIZ_REPLIES_FILE, type QuizReplies, QuizWording } from './replies.ts';
export { ITEM_KINDS, type ItemKind, PHASES, type Phase, TRUTHS, type Truth } from './schema.ts';
export {
  compareQuiz,
  type QuizAnswer,
  type QuizChange,
  type QuizComparison,
  type QuizScore,
  scoreQuiz,
} from './score.ts';
