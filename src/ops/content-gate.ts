// The server serves only content that `scam-coach content check` accepts. The check takes a second or two, so its
// verdict is kept per process for files that have not changed since (tests start many servers on one content).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentProblems } from '../cli/content-check.ts';
import { ContentError } from '../content/yaml-source.ts';

const passed = new Set<string>();

/** Size and modification time of every file the check reads: any edit changes it. */
function signature(root: string, brandFile: string): string {
  const parts = [root, brandFile, stamp(brandFile), stamp(join(root, 'public/index.html'))]; // the demo page states facts too
  for (const dir of ['content', 'scenarios']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
    } catch {}
    for (const name of names.sort()) parts.push(name, stamp(join(root, dir, name)));
  }
  return parts.join('\n');
}

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Throws ContentError (file:line:col problems) unless the content under `root` passes `content check`. */
export function assertContentChecks(root: string, brandFile: string): void {
  const sig = signature(root, brandFile);
  if (passed.has(sig)) return;
  const problems = contentProblems(root, brandFile);
  if (problems.length) throw new ContentError(problems);
  passed.add(sig);
}
