// Where extract() puts the edges of a link: `raw` is the link as written, without the Chinese words around it.
import { describe, expect, it } from 'vitest';
import { extract, prepareText } from '../../src/classifier/extract.ts';
import { indexBrand } from '../../src/classifier/brand-index.ts';
import { brand } from '../helpers/content.ts';

const index = indexBrand(brand);
const urls = (input: string) => {
  const text = prepareText(input);
  return extract(text, index)
    .filter((f) => f.kind === 'url')
    .map((f) => {
      expect(text.slice(f.start, f.start + f.raw.length)).toBe(f.raw);
      return f.raw;
    });
};

describe('links under Chinese top-level domains', () => {
  it.each([
    ['请登录 安心借客服.中国/login 处理', ['安心借客服.中国/login']],
    ['访问 anxinjie.公司 查询', ['anxinjie.公司']],
    ['点击 安心借.网址', ['安心借.网址']],
    ['请登录安心借客服.中国处理', ['安心借客服.中国']],
    ['点击安心借.网址查看', ['安心借.网址']],
    ['访问anxinjie.公司查询', ['anxinjie.公司']],
    ['【安心借】安心借客服.中国', ['安心借客服.中国']],
    ['访问 anxinjie.中国:8080/a?b=1 处理', ['anxinjie.中国:8080/a?b=1']],
    ['访问 anxinjie.中国。', ['anxinjie.中国']],
    ['kefu.安心借.中国/x，谢谢', ['kefu.安心借.中国/x']],
    ['https://安心借客服.中国/login处理', ['https://安心借客服.中国/login']],
    ['https://anxinjie.公司查询', ['https://anxinjie.公司']],
    ['请登录 安心借.中国.top', ['安心借.中国.top']],
    // Latin and Chinese hosts with ASCII TLDs keep their edges (the Chinese one now starts after the cue)
    ['请点击anxin-kefu.top/a处理', ['anxin-kefu.top/a']],
    ['请登录安心借客服.cn处理', ['安心借客服.cn']],
  ])('%s', (input, expected) => {
    expect(urls(input)).toEqual(expected);
  });

  it.each([
    '我在中国.公司很好',
    '价格是3.5元',
    '我们公司.中国区业务很好',
    '账户异常，安心借客服.中国',
    '2024安心借.中国',
    '选项：A.公司 B.个人',
    '目录 1.中国 2.世界',
    'PS.公司明天放假',
    'kefu@安心借.中国',
    '他在中国。公司在上海',
  ])('no link in %s', (input) => {
    expect(urls(input)).toEqual([]);
  });
});

// A bare host under a top-level domain reserved for examples (RFC 2606 / 6761) stands for any host: it is a link, as
// an ICANN one is; a file name or a version number is still not.
describe('bare hosts under reserved top-level domains', () => {
  it.each([
    ['Pay the fee at parcel-redeliver.example/pay today', ['parcel-redeliver.example/pay']],
    ['Update your card at billing-check.invalid now', ['billing-check.invalid']],
    ['请到 etc-renzheng.test 重新认证', ['etc-renzheng.test']],
  ])('%s', (input, expected) => {
    expect(urls(input)).toEqual(expected);
  });
  it.each(['see notes.txt for the example', 'for example.', 'a test.'])('no link in %s', (input) => {
    expect(urls(input)).toEqual([]);
  });
});
