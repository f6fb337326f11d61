// Scams read `unknown` or `official` (session 39, issue 10): one family per commit, each read from its rows of
// scam-families39.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands: a family's scams are flagged by the rules alone and its
// counters are not (never dangerous with the wording model); a scam wearing the platform (kind `wear`) is never
// `official`, by the rules alone or shipped; the platform's own notice (kind `own`) is `official` both ways.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeScamFamilies } from '../helpers/scam-families.ts';

vi.setConfig({ testTimeout: 60_000 });

const FAMILIES = {
  // `official` vouches that the message asks nothing outside the genuine channel: a code for the caller, an app that
  // is not the brand's, a charge to ring and stop, money into a new account are levers no notice of the brand pulls.
  'official-lever': "a scam naming only the platform's own contacts and pulling a lever (official-levers.ts)",
  // "你被冒充客服骗的钱已追回，交…费即可退回": the reader's own loss retold is the recovery scam's opener, not a warning.
  'victim-retold':
    "the reader's own loss to an impersonator retold (被冒充…骗的), then a fee or a channel to get it back",
  // "真正的热线只有我们这个：…", "only use this direct line I'm giving you": the published channel disowned, the sender's
  // own line set above it.
  'sole-line': "the sender's own line given as the only real one, the published channel disowned",
} as const;

describeScamFamilies(resolve(import.meta.dirname, 'scam-families39.tsv'), FAMILIES);
