// content/concept-nesting.yaml: a longer concept word takes the families of the words nested in it, except those
// declared hidden; the declaration is checked (file:line:col) against the words of content/scam-concepts.yaml.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConcepts, conceptFileSchema, conceptWords } from '../../src/classifier/concepts.ts';
import { CLASSIFIER_FILES } from '../../src/classifier/index.ts';
import { nestingDrops, nestingFileSchema, nestingProblems } from '../../src/classifier/nesting.ts';
import { loadYamlFile, parseYamlSource, validateSource } from '../../src/content/yaml-source.ts';
import { classifier, ROOT } from '../helpers/content.ts';

const variants = classifier.context.language.variants;
const concepts = loadYamlFile(resolve(ROOT, CLASSIFIER_FILES.concepts), conceptFileSchema).value!;
const shipped = loadYamlFile(resolve(ROOT, CLASSIFIER_FILES.nesting), nestingFileSchema);

/** The families each word of `text` is read with (one clause), as `word=family/family`. */
const reading = (text: string, index = classifier.context.language.concepts) =>
  conceptWords(text, [{ start: 0, end: text.length, warns: false }], index).map((w) => w.replace(/^0:/, ''));

/** The declaration from YAML text, with its problems against the shipped concept words. */
function declared(yaml: string) {
  const { source } = parseYamlSource('nesting.yaml', yaml);
  const { value, problems } = validateSource(source, nestingFileSchema);
  return { value, problems: value ? [...problems, ...nestingProblems(source, value, concepts, variants)] : problems };
}

describe('a longer word takes the families of the words nested in it', () => {
  it('a word nobody declared inherits: a new longer word cannot silently drop a shorter one', () => {
    // A new urgent phrase made of a telling and its object keeps both readings.
    const file = {
      families: { tell: { en: ['send your'] }, secret: { en: ['pin'] }, urgency: { en: ['send your pin now'] } },
    };
    const index = compileConcepts(file, variants, { hides: {}, reads: {}, unreviewed: {} });
    expect(reading('please send your pin now', index)).toEqual(['send your pin now=urgency/tell/secret']);
    // Chinese words anywhere inside the longer one.
    const zh = compileConcepts(
      { families: { tell: { zh: ['发给'] }, secret: { zh: ['验证码'] }, staff: { zh: ['把验证码发给客服'] } } },
      variants,
    );
    expect(reading('请把验证码发给客服', zh)).toEqual(['把验证码发给客服=staff/secret/tell']);
  });

  it('a Latin word is nested only at word boundaries (as the reader reads it)', () => {
    const file = { families: { tell: { en: ['send'] }, fee: { en: ['resend fee'] } } };
    expect(reading('a resend fee applies', compileConcepts(file, variants))).toEqual(['resend fee=fee']);
    const ending = { families: { tell: { en: ['send'] }, fee: { en: ['sends fee'] } } };
    expect(reading('he sends fee', compileConcepts(ending, variants))).toEqual(['sends fee=fee/tell']);
  });

  it('a declared hide still hides, by the word or by the whole family', () => {
    const file = { families: { 'reason-refund': { zh: ['续费'] }, fee: { zh: ['手续费', '续费金'] } } };
    expect(reading('手续费', compileConcepts(file, variants))).toEqual(['手续费=fee/reason-refund']);
    const byWord = compileConcepts(file, variants, { hides: { fee: { 'reason-refund': ['手续费'] } } });
    expect(reading('手续费 续费金', byWord)).toEqual(['手续费=fee', '续费金=fee/reason-refund']);
    const byFamily = compileConcepts(file, variants, { hides: { fee: { 'reason-refund': 'all' } } });
    expect(reading('手续费 续费金', byFamily)).toEqual(['手续费=fee', '续费金=fee']);
    // The generated list hides as the hand-written one does; `reads` hides nothing.
    expect(
      reading('手续费', compileConcepts(file, variants, { unreviewed: { fee: { 'reason-refund': ['手续费'] } } })),
    ).toEqual(['手续费=fee']);
    expect(
      reading('手续费', compileConcepts(file, variants, { reads: { fee: { 'reason-refund': ['手续费'] } } })),
    ).toEqual(['手续费=fee/reason-refund']);
  });

  it('the shipped content: 手续费 is no renewal; without the declaration it would be', () => {
    expect(reading('收取手续费')).toContain('手续费=fee');
    expect(reading('收取手续费', compileConcepts(concepts, variants)).find((w) => w.startsWith('手续费='))).toMatch(
      /reason-refund/,
    );
  });
});

describe('content check of the declaration', () => {
  it('the shipped declaration is clean and leaves no drop undeclared or unjudged', () => {
    expect(shipped.problems).toEqual([]);
    expect(nestingProblems(shipped.source!, shipped.value!, concepts, variants)).toEqual([]);
    const judged = new Set(
      Object.values(shipped.value!.reads ?? {}).flatMap((inner) =>
        Object.entries(inner ?? {}).flatMap(([f, ws]) => (ws ?? []).map((w) => `${w}\t${f}`)),
      ),
    );
    const listed = new Set(
      Object.values(shipped.value!.unreviewed ?? {}).flatMap((inner) =>
        Object.entries(inner ?? {}).flatMap(([f, ws]) => (ws ?? []).map((w) => `${w}\t${f}`)),
      ),
    );
    for (const d of nestingDrops(concepts, variants, shipped.value))
      expect(judged.has(`${d.word}\t${d.hides}`) || listed.has(`${d.word}\t${d.hides}`)).toBe(true);
  });

  it('points at a word that is not of its family, a stale entry, a twice-declared one and a bad family', () => {
    const { problems } = declared(
      [
        'hides:',
        '  fee:',
        '    reason-refund: [手续费, 服务费]',
        'reads:',
        '  fee:',
        '    reason-refund: [手续费]',
        '  tell:',
        '    fee: [手续费]',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      {
        file: 'nesting.yaml',
        line: 3,
        col: 26,
        message: '"服务费" holds no word of reason-refund it lacks: nothing to declare (stale)',
      },
      {
        file: 'nesting.yaml',
        line: 6,
        col: 21,
        message: '"手续费" / reason-refund is declared twice (also in hides.fee.reason-refund)',
      },
      { file: 'nesting.yaml', line: 8, col: 11, message: '"手续费" is no word of family tell' },
    ]);
    expect(declared('hides:\n  fee:\n    renewal: all\n').problems[0]).toMatchObject({ line: 3, col: 5 });
  });
});
