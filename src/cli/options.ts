// Options every command shares: --lang, --json, --brand (BRAND_FILE). Parsed with node:util parseArgs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type Brand, loadBrand } from '../content/brand.ts';
import { cliSettings } from '../config.ts';
import { DEFAULT_FACTS_PATH, factsPathIn } from '../content/facts.ts';
import type { Locale } from '../content/topics.ts';

export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  brand: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export function parseCommand<O extends ParseArgsConfig['options']>(argv: string[], options: O) {
  return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
}

export function localeOption(value: unknown): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh' || value === 'en') return value;
  throw Object.assign(new TypeError(`--lang must be zh or en, not "${String(value)}"`), {
    code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  });
}

/** The brand file: --brand, else BRAND_FILE, else content/brand.yaml under the project root (config.ts's rule). */
export function brandFile(root: string, flag?: unknown, env?: NodeJS.ProcessEnv): string {
  if (typeof flag === 'string' && flag) return resolve(flag);
  return cliSettings(root, env).brandFile;
}

/** The facts file of a content root (content/facts.yaml), else the project's own. */
export function factsFile(root: string): string {
  const own = factsPathIn(root);
  return existsSync(own) ? own : DEFAULT_FACTS_PATH;
}

export function loadBrandFrom(root: string, flag?: unknown): Brand {
  return loadBrand(brandFile(root, flag), factsFile(root));
}
