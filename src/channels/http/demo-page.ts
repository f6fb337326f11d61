// GET / — the demo help page (public/index.html) with its {{fact.…}} placeholders filled from content/facts.yaml,
// so the page states the same facts as the bot. The page is bilingual: {{fact.…}} is filled in Chinese,
// {{en.fact.…}} in English. Rendered once at start; the rest of public/ is served as static files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Router, Router as createRouter } from 'express';
import type { Brand } from '../../content/brand.ts';
import { brandVars, fillTemplate } from '../../content/template.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fillDemoPage(page: string, brand: Brand): string {
  const zh = brandVars(brand, 'zh');
  const en = brandVars(brand, 'en');
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(zh)) vars[k] = escapeHtml(v);
  for (const [k, v] of Object.entries(en)) vars[`en.${k}`] = escapeHtml(v);
  return fillTemplate(page, vars);
}

export function demoPageRouter(root: string, brand: Brand): Router {
  const router = createRouter();
  let html: string | undefined;
  try {
    html = fillDemoPage(readFileSync(join(root, 'public/index.html'), 'utf8'), brand);
  } catch {
    html = undefined; // no demo page in this root: the static handler answers (404)
  }
  router.get(['/', '/index.html'], (_req, res, next) => {
    if (!html) return next();
    res.type('html').set('Cache-Control', 'public, max-age=300').send(html);
  });
  return router;
}
