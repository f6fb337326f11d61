// The brain loaded from the shipped content, once per test file.
import { coresNow } from '../../src/bot/load-now.ts';
import { loadBrain } from '../../src/bot/load.ts';
import { brand, ROOT } from './content.ts';

export const { brain, problems: brainProblems } = loadBrain(ROOT, brand, coresNow);
