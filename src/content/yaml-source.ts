// Reads YAML written by people (brand, FAQ, scenarios) and turns every problem into `file:line:col: message`.
// Pure apart from the optional file read helper: the parser keeps node ranges so schema errors can point at the
// exact key an author has to fix, instead of throwing a stack trace.
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export interface ContentProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

const MAX_MESSAGE = 200;

/** Parser messages can quote a whole (garbage) line: keep each one short enough to read. */
function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/** NUL bytes or many undecodable bytes: not text a person wrote. */
function looksBinary(body: string): boolean {
  if (body.includes('\u0000')) return true;
  let bad = 0;
  for (const ch of body.slice(0, 4096)) if (ch === '\ufffd') bad++;
  return bad > 8;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYamlSource(file: string, text: string): { source: YamlSource; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: ContentProblem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(err.pos[0]);
    const first = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+.*$/, '');
    problems.push({ file, line: pos.line, col: pos.col, message: clip(first) });
  }
  return { source: { file, doc, lines }, problems };
}

/** Position of the value at `path`, or of the deepest existing parent (a missing key is reported at its parent). */
export function positionOf(source: YamlSource, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? source.doc.contents : source.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) {
      // For a missing key point at the parent map; for an existing value point at the value itself.
      return source.lines.linePos(node.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

export function problemAt(source: YamlSource, path: readonly PropertyKey[], message: string): ContentProblem {
  return { file: source.file, ...positionOf(source, path), message };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Validate the document against a zod schema; problems carry the position of the offending field. */
export function validateSource<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { value?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(source.doc.toJS({ maxAliasCount: 100 }));
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length ? `${describePath(issue.path)}: ` : '';
    return problemAt(source, issue.path, `${where}${issue.message}`);
  });
  return { problems };
}

/** Read, parse and validate one file. Never throws for bad content; I/O errors become a problem too. */
export function loadYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  text?: string,
): { value?: z.output<S>; source?: YamlSource; problems: ContentProblem[] } {
  let body: string;
  try {
    body = text ?? readFileSync(file, 'utf8');
  } catch (err) {
    return {
      problems: [
        { file, line: 1, col: 1, message: `cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})` },
      ],
    };
  }
  // A binary file (an image, an archive passed as --brand by mistake) is one problem, not pages of its bytes.
  if (looksBinary(body))
    return { problems: [{ file, line: 1, col: 1, message: 'not a YAML text file (it holds binary data)' }] };
  const { source, problems } = parseYamlSource(file, body);
  if (problems.length) return { source, problems };
  const validated = validateSource(source, schema);
  return { ...validated, source };
}
