import { readFileSync } from 'node:fs';

/** The rows of a tab-separated probe table (blank lines and `#` comments skipped), each as its named cells. A row with
 *  an empty cell, or one `accept` refuses (an unknown family, role or kind), throws with its `file:line:1`, so a typo in
 *  a table fails loudly rather than dropping a line. Shared by the probe tables' loaders (genuine-paths32,
 *  scam-open33, and genuine-forms.ts for genuine-forms33 and genuine-forms34). */
export function tsvRows<const C extends readonly string[]>(
  file: string,
  columns: C,
  accept: (row: Record<C[number], string>) => boolean,
): Record<C[number], string>[] {
  const out: Record<C[number], string>[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const cells = line.split('\t');
      const row = Object.fromEntries(columns.map((c, k) => [c, cells[k] ?? ''])) as Record<C[number], string>;
      if (columns.some((c) => !row[c as C[number]]) || !accept(row))
        throw new Error(`${file}:${i + 1}:1: expected ${columns.join(', ')}`);
      out.push(row);
    });
  return out;
}

/** Whether `value` is one of a table's known names (a family, role or kind) — the check `tsvRows`' callers pass. */
export const isOneOf = (list: readonly string[], value: string): boolean => list.includes(value);
