import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/content/template.ts';

describe('fillTemplate', () => {
  it('fills the same with shared (frozen) variables, whose fillings are kept, as with a fresh object', () => {
    const vars = { 'brand.name': '安心借', 'fact.police.number': '110' };
    const frozen = Object.freeze({ ...vars });
    const text = '{{brand.name}} 不会打电话；被骗请拨 {{ fact.police.number }}，{{unknown}} 照原样留着';
    const want = '安心借 不会打电话；被骗请拨 110，{{unknown}} 照原样留着';
    expect(fillTemplate(text, vars)).toBe(want);
    expect(fillTemplate(text, frozen)).toBe(want);
    expect(fillTemplate(text, frozen)).toBe(want);
  });

  it('keeps fillings apart per variables object: another brand fills the same text with its own name', () => {
    const a = Object.freeze({ 'brand.name': 'AnxinLoan' });
    const b = Object.freeze({ 'brand.name': 'OtherLoan' });
    expect(fillTemplate('Call {{brand.name}}', a)).toBe('Call AnxinLoan');
    expect(fillTemplate('Call {{brand.name}}', b)).toBe('Call OtherLoan');
    expect(fillTemplate('Call {{brand.name}}', a)).toBe('Call AnxinLoan');
  });

  it('still fills correctly past the bound of kept fillings', () => {
    const vars = Object.freeze({ n: 'x' });
    for (let i = 0; i < 5000; i++) expect(fillTemplate(`${i} {{n}}`, vars)).toBe(`${i} x`);
  });

  it('fills per-filling variables over the shared ones exactly as a merged copy of both would', () => {
    const vars = Object.freeze({ 'brand.name': '安心借', title: '品牌标题' });
    const text = '{{brand.name}}：{{title}}，得分 {{score}}，{{unknown}}';
    const overs: Record<string, string>[] = [{ title: '冒充客服' }, { score: '3' }, { title: '退款', score: '0' }];
    for (const over of overs) {
      expect(fillTemplate(text, vars, over)).toBe(fillTemplate(text, { ...vars, ...over }));
    }
    expect(fillTemplate(text, vars, { score: '3' })).toBe('安心借：品牌标题，得分 3，{{unknown}}');
    // The shared variables' kept fillings are not the per-filling ones.
    expect(fillTemplate(text, vars)).toBe('安心借：品牌标题，得分 {{score}}，{{unknown}}');
  });
});
