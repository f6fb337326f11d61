// /admin: the training reports for the anti-fraud team (issue #6). Protected by ADMIN_TOKEN: either
// `Authorization: Bearer <token>` (scripts, curl) or a login form (POST) that sets an HttpOnly
// session cookie signed with the token (12 h; changing ADMIN_TOKEN logs everyone out). Without ADMIN_TOKEN every
// /admin path answers 404 "admin is disabled" (the server also logs it at start).
// The page is static (public/admin: HTML, JS, CSS; CSP script-src 'self', nothing inline) and reads
// /admin/api/report; chart.js is served from node_modules (no CDN). No user ids or raw text ever leave here: reports
// hold counts and the redacted FAQ questions the store already keeps.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import rateLimit from 'express-rate-limit';
import { type Facts, factRows, factsPathIn, loadFacts } from '../../content/facts.ts';
import { loadRedFlags } from '../../content/red-flags.ts';
import type { Logger } from '../../ops/log.ts';
import {
  CSV_SECTIONS,
  isCsvSection,
  parseReportParams,
  ReportInputError,
  type ReportSource,
  reportSource,
  sectionCsv,
  withRedFlagTaxonomy,
} from '../../reports/index.ts';
import type { StateStore } from '../../store/index.ts';
import { hmacSha256, sameSecret } from '../../store/keyed-hash.ts';

export const ADMIN_COOKIE = 'scam_coach_admin';
const SESSION_MS = 12 * 3600_000;
/** Failed credential attempts allowed per IP per 15 minutes. */
const FAILED_ATTEMPTS = 20;

export interface AdminOptions {
  store: Pick<StateStore, 'outcomes'>;
  adminToken?: string | undefined;
  /** Project root: public/admin and node_modules/chart.js are found from here. */
  root: string;
  /** UTC offset for report days when the request gives none (the server passes REPORT_TZ; else UTC). */
  reportTz?: string | undefined;
  /** A ready report source (tests, benches); default: reportSource(store). */
  source?: ReportSource;
  /** The facts users read (content/facts.yaml), listed oldest first for re-checking; default: the root's file. */
  facts?: Facts;
  log?: Logger;
}

function sign(token: string, expires: number): string {
  return hmacSha256(token, `scam-coach-admin:${expires}`, 'base64url');
}

function cookies(req: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

function chartJsFile(root: string): string | undefined {
  try {
    // The package's main entry is dist/chart.cjs; the browser build sits beside it.
    const file = join(dirname(createRequire(join(root, 'package.json')).resolve('chart.js')), 'chart.umd.min.js');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function loginPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>scam-coach admin — sign in</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;background:#f4f6f8;color:#1d2733;display:grid;place-items:center;min-height:100vh;margin:0}
form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002;max-width:22rem;width:100%}
h1{font-size:1.25rem;margin:0 0 1rem}label{display:block;margin-bottom:.25rem}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #9aa5b1;border-radius:4px}
button{margin-top:1rem;padding:.5rem 1rem;font:inherit;background:#0b5cad;color:#fff;border:0;border-radius:4px;cursor:pointer}
.msg{color:#b3261e;margin:0 0 1rem}
</style></head><body>
<form method="post" action="/admin/login" data-admin="login">
<h1>scam-coach training reports</h1>
${message ? `<p class="msg" role="alert">${escapeHtml(message)}</p>` : ''}
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form></body></html>`;
}

function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path.endsWith('.csv');
}

export function adminRouter(opts: AdminOptions): Router {
  const router = Router();
  const configured = opts.adminToken;
  const page = join(opts.root, 'public/admin');

  if (!configured) {
    router.use('/admin', (req, res) => {
      const message = 'admin is disabled: set ADMIN_TOKEN to enable the training reports';
      res.set('Cache-Control', 'no-store');
      if (wantsJson(req)) res.status(404).json({ error: 'admin_disabled', message });
      else res.status(404).type('text/plain').send(`${message}\n`);
    });
    return router;
  }

  const token: string = configured;
  // Red flags under the taxonomy's current ids and labels (old ids in stored outcomes count under the new ones).
  const source = withRedFlagTaxonomy(opts.source ?? reportSource(opts.store), loadRedFlags(opts.root));
  const defaultTz = opts.reportTz;
  const chartJs = chartJsFile(opts.root);
  if (!chartJs) opts.log?.warn('chart.js is not installed: /admin shows tables without charts (npm install)');

  /** A valid session cookie value for now + SESSION_MS. */
  const newSession = () => {
    const expires = Date.now() + SESSION_MS;
    return `${expires}.${sign(token, expires)}`;
  };
  const validSession = (value: string | undefined) => {
    const m = value ? /^(\d{13})\.([\w-]{43})$/.exec(value) : null;
    if (!m) return false;
    const expires = Number(m[1]);
    return expires > Date.now() && sameSecret(m[2]!, sign(token, expires));
  };
  const setSession = (req: Request, res: Response) =>
    res.cookie(ADMIN_COOKIE, newSession(), {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/admin',
      maxAge: SESSION_MS,
    });

  /** Which credential the request presents, and whether it is good. */
  function credential(req: Request): 'none' | 'valid' | 'invalid' {
    const auth = req.get('authorization');
    if (auth) {
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      return m && sameSecret(m[1]!.trim(), token) ? 'valid' : 'invalid';
    }
    const cookie = cookies(req).get(ADMIN_COOKIE);
    if (cookie !== undefined) return validSession(cookie) ? 'valid' : 'none'; // expired: just sign in again
    return 'none';
  }

  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: FAILED_ATTEMPTS,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Only wrong tokens count: browsing without a session is not an attack.
    requestWasSuccessful: (_req, res) => res.locals.badCredential !== true,
    skipSuccessfulRequests: true,
    handler: (_req, res) => res.status(429).type('text/plain').send('too many wrong admin tokens, try again later\n'),
  });

  router.use('/admin', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    res.set('X-Robots-Tag', 'noindex');
    next();
  });
  router.use('/admin', limiter);

  const denied = (req: Request, res: Response, message = '') => {
    if (wantsJson(req)) {
      res.set('WWW-Authenticate', 'Bearer realm="scam-coach admin"');
      return res.status(401).json({
        error: 'unauthorized',
        message: message || 'admin token required (Authorization: Bearer, or sign in at /admin)',
      });
    }
    return res.status(401).type('html').send(loginPage(message));
  };

  // Sign in: a form POST sets the cookie and redirects to /admin. Never a token in the URL: it would stay in the
  // browser history, proxy logs and Referer headers.
  router.post('/admin/login', express.urlencoded({ extended: false, limit: '2kb' }), (req, res) => {
    const given = typeof req.body?.token === 'string' ? req.body.token : '';
    if (given && sameSecret(given.trim(), token)) {
      setSession(req, res);
      return res.redirect(303, '/admin');
    }
    res.locals.badCredential = true;
    opts.log?.warn({ ip: req.ip }, 'admin: wrong token');
    return denied(req, res, 'Wrong token.');
  });
  router.post('/admin/logout', (_req, res) => {
    res.clearCookie(ADMIN_COOKIE, { path: '/admin' });
    return res.redirect(303, '/admin');
  });
  router.get('/admin', (req, res, next) => {
    if (req.query.token === undefined) return next();
    // Counted like a wrong token: a link carrying the token is refused whether or not the token is right.
    res.locals.badCredential = true;
    return denied(
      req,
      res,
      'Tokens in the address are not accepted: sign in with this form (or send Authorization: Bearer).',
    );
  });

  // Everything below needs a valid credential.
  router.use('/admin', (req, res, next) => {
    const c = credential(req);
    if (c === 'valid') return next();
    if (c === 'invalid') {
      res.locals.badCredential = true;
      opts.log?.warn({ ip: req.ip }, 'admin: wrong token');
    }
    return denied(req, res, c === 'invalid' ? 'Wrong token.' : '');
  });

  const sendAsset = (file: string, type: string) => (_req: Request, res: Response, next: NextFunction) => {
    res.type(type).sendFile(file, { headers: { 'Cache-Control': 'no-store' } }, (err) => err && next(err));
  };
  router.get(['/admin', '/admin/'], sendAsset(join(page, 'index.html'), 'html'));
  router.get('/admin/admin.js', sendAsset(join(page, 'admin.js'), 'js'));
  router.get('/admin/admin.css', sendAsset(join(page, 'admin.css'), 'css'));
  router.get('/admin/vendor/chart.js', (req, res, next) => {
    if (!chartJs) return res.status(404).type('text/plain').send('chart.js is not installed\n');
    return sendAsset(chartJs, 'js')(req, res, next);
  });

  async function report(req: Request, res: Response) {
    const q = req.query as Record<string, unknown>;
    const text = (k: string) => (typeof q[k] === 'string' ? (q[k] as string) : undefined);
    try {
      const query = parseReportParams(
        {
          session: text('session'),
          channel: text('channel'),
          from: text('from'),
          to: text('to'),
          tz: text('tz'),
          limit: text('limit'),
        },
        defaultTz,
      );
      return await source.report(query);
    } catch (err) {
      if (err instanceof ReportInputError) {
        res.status(400).json({ error: 'bad_request', message: err.message });
        return undefined;
      }
      throw err;
    }
  }

  // 👍/👎 on the bot's answers, with the report's filters (the report JSON holds the same under `feedback`).
  router.get('/admin/api/feedback', async (req, res) => {
    const r = await report(req, res);
    if (r) res.json(r.feedback);
  });
  // The facts list: what to re-check next comes first (src/content/facts.ts).
  const facts = opts.facts ?? loadFacts(existsSync(factsPathIn(opts.root)) ? factsPathIn(opts.root) : undefined);
  router.get('/admin/api/facts', (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json({ maxAgeMonths: facts.review_after_months, facts: factRows(facts, new Date()) });
  });

  router.get('/admin/api/report', async (req, res) => {
    const r = await report(req, res);
    if (r) res.json(r);
  });
  // One CSV per section (?section=drills|red-flags|quiz|faq-gaps|verdicts): a header row and one table each.
  router.get('/admin/export.csv', async (req, res) => {
    const section = req.query.section;
    if (!isCsvSection(section)) {
      res.status(400).json({ error: 'bad_request', message: `section must be one of ${CSV_SECTIONS.join(', ')}` });
      return;
    }
    const r = await report(req, res);
    if (!r) return;
    const lang = req.query.lang === 'zh' ? 'zh' : 'en';
    const stamp = new Date().toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="scam-coach-${section}-${stamp}.csv"`);
    // The BOM tells spreadsheet programs the file is UTF-8 (Chinese questions would be garbled otherwise).
    res.send(`\uFEFF${sectionCsv(r, section, lang)}`);
  });

  router.use('/admin', (req, res) => {
    if (wantsJson(req)) res.status(404).json({ error: 'not_found', message: 'no such admin endpoint' });
    else res.status(404).type('text/plain').send('not found\n');
  });
  return router;
}
