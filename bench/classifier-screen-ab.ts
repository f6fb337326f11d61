// The screen table's read alone (required-text.ts ScreenTable), this checkout's beside another's: each tree's table
// that reads the most texts in a pass of checks over the field dev half (the phrase rules' and gates' table) is
// captured with the texts it was handed, then each tree reads its own texts again, interleaved rounds. Prints the least
// and the median ns a read, English and Chinese texts apart. (Only the read: a whole check beside another tree is
// classifier-chunks.ts.)
// `npx tsx bench/classifier-screen-ab.ts OTHER_CHECKOUT [ROUNDS]`
import { resolve } from 'node:path';

interface Table {
  text: string | undefined;
}
type Read = (this: Table, text: string) => void;
const trees = [resolve(process.argv[2] ?? '.'), resolve(import.meta.dirname, '..')];
const rounds = Number(process.argv[3] ?? 15);
const HAN = /[\u3400-\u9fff]/;
const setups: { read: (t: string) => void; en: string[]; zh: string[] }[] = [];
for (const tree of trees) {
  const rt = (await import(resolve(tree, 'src/classifier/required-text.ts'))) as {
    ScreenTable: { prototype: { read: Read } };
  };
  const { loadMessages } = await import(resolve(tree, 'test/field/messages-corpus.ts'));
  const { CORPUS } = await import(resolve(tree, 'test/field/messages-score.ts'));
  const { brand, classifier } = await import(resolve(tree, 'test/helpers/content.ts'));
  const proto = rt.ScreenTable.prototype;
  const own = proto.read;
  const seen = new Map<Table, string[]>();
  proto.read = function (this: Table, t: string) {
    const list = seen.get(this) ?? [];
    list.push(t);
    seen.set(this, list);
    own.call(this, t);
  };
  const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m: { text: string }) => m.text))] as string[];
  for (const t of texts) classifier.check(t);
  proto.read = own;
  const [table, read] = [...seen].sort((a, b) => b[1].length - a[1].length)[0]!;
  setups.push({
    read: (t) => {
      // (A text the table read last is not read again.)
      table.text = undefined;
      own.call(table, t);
    },
    en: read.filter((t) => !HAN.test(t)),
    zh: read.filter((t) => HAN.test(t)),
  });
}
const at = (a: number[], f: number) => a.slice().sort((x, y) => x - y)[Math.floor(f * (a.length - 1))]!;
for (const half of ['en', 'zh'] as const) {
  const ns: number[][] = [[], []];
  for (let r = 0; r < rounds; r++)
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const s = setups[k]!;
      const set = s[half];
      const t0 = process.hrtime.bigint();
      for (const t of set) s.read(t);
      ns[k]!.push(Number(process.hrtime.bigint() - t0) / set.length);
    }
  const [o, t] = [ns[0]!, ns[1]!];
  console.log(
    `${half} (${setups[0]![half].length} reads): other ${at(o, 0).toFixed(0)} / ${at(o, 0.5).toFixed(0)} ns, this ${at(t, 0).toFixed(0)} / ${at(t, 0.5).toFixed(0)} ns (least / median), ratio ${(at(t, 0) / at(o, 0)).toFixed(3)} / ${(at(t, 0.5) / at(o, 0.5)).toFixed(3)}`,
  );
}
