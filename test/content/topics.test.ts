import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOPIC_IDS } from '../../src/content/topics.ts';
import { ROOT } from '../helpers/content.ts';

describe('topic taxonomy', () => {
  const local = parse(readFileSync(resolve(ROOT, 'content/topics.yaml'), 'utf8')).topics as Record<string, unknown>;
  it('the TypeScript union lists exactly the ids of content/topics.yaml', () => {
    expect([...TOPIC_IDS].sort()).toEqual(Object.keys(local).sort());
  });
  const shared = resolve(ROOT, '../shared/topics.yaml');
  it.skipIf(!existsSync(shared))('content/topics.yaml is the team taxonomy (../shared/topics.yaml)', () => {
    expect(local).toEqual(parse(readFileSync(shared, 'utf8')).topics);
  });
});
