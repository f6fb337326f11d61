// The phrase screen that spares most messages the practise intent's full match: it may let through a text that
// does not match, never turn away one that does.
import { describe, expect, it } from 'vitest';
import { matchMatcher } from '../../src/scenarios/judge.ts';
import { mightMatchPhrases, prepareText } from '../../src/scenarios/match.ts';
import { benchTexts } from '../../bench/lib/bench-texts.ts';
import { ROOT, realLibrary } from './helpers.ts';

const { library } = realLibrary();

/** Texts that hold the intents' phrases: each phrase alone, inside a sentence, negated, traditional, spaced. */
function phraseTexts(): string[] {
  const out: string[] = [];
  for (const intent of Object.values(library.intents)) {
    for (const p of intent.zh) out.push(p, `我想${p}一下那个`, `不${p}`, ` ${[...p].join(' ')} `);
    for (const p of intent.en) out.push(p, `I want to ${p} the fake police one`, p.toUpperCase(), p.replace("'", '\u2019'));
  }
  out.push('練習共享屏幕', '我想練習注銷校園貸', '演練一下境外來電', 'ｐｒａｃｔｉｃｅ the fraud one', 'pratice the police one');
  return out;
}

/** Everyday traffic: the webhook bench's mix (the field corpora's dev halves, drill answers, button values). */
function mixTexts(): string[] {
  const mix = benchTexts(ROOT);
  return Array.from({ length: 3000 }, (_, i) => mix.text(i % 500, Math.floor(i / 500), i));
}

describe('mightMatchPhrases', () => {
  const intents = Object.entries(library.intents).filter(([, i]) => i.patterns.length === 0);

  it('never turns away a text an intent matches (every intent, phrase texts and the bench mix)', () => {
    const texts = [...phraseTexts(), ...mixTexts()];
    let matched = 0;
    for (const [id, intent] of intents) {
      for (const text of texts) {
        const hit = matchMatcher(prepareText(text), { intents: [id], patterns: [] }, library.intents);
        if (!hit) continue;
        matched++;
        expect(mightMatchPhrases(text, intent), `${id}: ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200); // the property was exercised, not vacuous
  });

  it('turns away most everyday messages for the practise intent', () => {
    const practise = library.intents.practise!;
    const texts = mixTexts();
    const passed = texts.filter((t) => mightMatchPhrases(t, practise)).length;
    expect(passed / texts.length).toBeLessThan(0.5);
    expect(mightMatchPhrases('银行会打电话让我转账到安全账户吗？', practise)).toBe(false);
    expect(mightMatchPhrases('我想练习注销校园贷那个', practise)).toBe(true);
  });

  it('does not screen lists with patterns or with a phrase that starts at punctuation', () => {
    expect(mightMatchPhrases('anything', { zh: [], en: [], patterns: ['x'] })).toBe(true);
    expect(mightMatchPhrases('anything', { zh: ['？好'], en: [], patterns: [] })).toBe(true);
    expect(mightMatchPhrases('anything', { zh: ['好'], en: [], patterns: [] })).toBe(false);
  });
});
