/*! scam-coach chat widget — one tag embed, plain browser JavaScript, no dependencies.
 *
 *   <script src="https://HOST/widget.js" data-lang="zh" data-session="optional-cohort" defer></script>
 *
 * The server is the script's own origin, and it serves this file with the widget's words (content/replies/
 * widget.yaml) filled in below. Protocol (see docs/contracts.md):
 *   GET  {base}/api/widget/session?lang=zh&session=NAME  → {"userId","token"}  (token kept in localStorage)
 *   WS   {base}/ws?token=TOKEN   client: {"type":"hello","lang"} then {"type":"message","text"}
 *                                server: history | message | typing | error | token (a renewed token to keep)
 *   POST {base}/api/widget/reset      (Bearer token)  "start over": the server forgets this conversation
 *   POST {base}/api/widget/feedback   (Bearer token)  {"helpful", "kind", "faqId"?}: 👍/👎 on an answer
 * A stored token is reused so history and drills continue after a reload. When the websocket handshake is
 * refused, the widget asks the session endpoint with `Authorization: Bearer <stored token>`: a 401 there means
 * the token is dead, and a new one is fetched. A socket the server closes (1013 when the store cannot answer, 1001
 * on shutdown) is retried with backoff.
 *
 * Isolation and CSP: everything lives in an open shadow root on one host element, styled by a constructable
 * stylesheet (adoptedStyleSheets) — no <style> element, no inline style attribute — so a host page whose CSP has
 * `style-src 'self'` shows it styled, and neither page's CSS reaches into the other. A host that wants to restyle
 * it does so on purpose, through parts: [data-scam-coach="host"]::part(launcher|panel|header|log|input|send|quick-reply).
 * Every text from the bot or the user is rendered as text (textContent), never as HTML, and links are not made
 * clickable: drills quote scammers' links on purpose.
 * The only global is window.ScamCoach ({ open, close, toggle, isOpen }).
 */
(() => {
  if (window.ScamCoach) return; // embedded twice: the first copy wins

  /** {zh: {key: text}, en: {…}}, filled in by the server (src/channels/web/widget-strings.ts). */
  const STRINGS = /*@scam-coach-strings*/ null;
  if (!STRINGS) {
    console.error('scam-coach: widget.js must be served by the scam-coach server (GET /widget.js)');
    return;
  }

  const script =
    document.currentScript || document.querySelector('script[src$="/widget.js"], script[src*="/widget.js?"]');
  const base = new URL(script ? script.src : location.href).origin;
  const wsBase = base.replace(/^http/, 'ws');
  const cohort = script?.getAttribute('data-session') || '';

  const TOKEN_KEY = 'scam-coach:token';
  const LANG_KEY = 'scam-coach:lang';
  const OPEN_KEY = 'scam-coach:open';
  const MAX_DELAY = 30000;
  const MAX_LENGTH = 1000;
  /** Answers that can be rated 👍/👎 (the server counts them per kind and FAQ entry). */
  const RATED_KINDS = ['check', 'faq', 'fallback'];
  /** A check's verdicts (docs/contracts.md), drawn on its verdict bubble as data-verdict. */
  const VERDICTS = ['official', 'unknown', 'suspicious', 'dangerous'];

  // The language the user chose in the chat wins over the page's data-lang, so a reload keeps it.
  let lang = pickLang(readStored('localStorage', LANG_KEY) || script?.getAttribute('data-lang'));
  const t = (key) => STRINGS[lang][key] || key;

  const CSS = `
:host { all: initial; }
.root, .root *, .root *::before, .root *::after { box-sizing: border-box; }
.root { --accent: #0b6bcb; --accent-dark: #084f96; --drill: #b45309; --muted: #57606a;
  font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #1f2328; letter-spacing: normal; text-align: left; }
button, textarea { font: inherit; color: inherit; margin: 0; }
[hidden] { display: none !important; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: inline-flex;
  align-items: center; gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px; cursor: pointer;
  background: var(--accent); color: #fff; font-weight: 600; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher:hover { background: var(--accent-dark); }
.launcher-icon { width: 20px; height: 20px; flex: none; }
.launcher--unread::after { content: ""; position: absolute; top: 4px; right: 6px; width: 10px; height: 10px;
  border-radius: 50%; background: #d93025; border: 2px solid #fff; }
/* overflow: clip: scrollIntoView or find-in-page must never scroll the panel itself (only the log scrolls). */
.panel { position: fixed; right: 20px; bottom: 84px; z-index: 2147483001; width: 400px;
  height: min(640px, calc(100vh - 104px)); display: flex; flex-direction: column; background: #fff;
  border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.28); overflow: hidden; overflow: clip; }
.header { flex: none; display: flex; align-items: flex-start; gap: 4px; padding: 10px 8px 8px 16px;
  background: var(--accent); color: #fff; }
.heading { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 700; line-height: 1.3; color: #fff; }
.subtitle { margin: 2px 0 0; font-size: 12px; opacity: .9; }
.icon-btn { flex: none; min-width: 32px; height: 32px; padding: 0 6px; border: 0; border-radius: 6px;
  cursor: pointer; background: transparent; color: #fff; font-size: 20px; line-height: 1; }
.icon-btn:hover { background: rgba(255,255,255,.18); }
.bar { flex: none; padding: 8px 14px; font-size: 13px; display: flex; align-items: center; gap: 8px;
  flex-wrap: wrap; }
.status { background: #fff4e5; color: #7a4100; border-bottom: 1px solid #f3d19e; }
.confirm { background: #eef5fc; color: #0b3d70; border-bottom: 1px solid #b6d4f2; }
.bar-text { flex: 1 1 180px; }
.bar-btn { flex: none; border: 1px solid currentColor; background: #fff; color: inherit; border-radius: 6px;
  padding: 2px 10px; cursor: pointer; font-size: 13px; }
.bar-btn--primary { background: #0b3d70; color: #fff; border-color: #0b3d70; }
.log { position: relative; flex: 1 1 0; min-height: 96px; overflow-y: auto; padding: 12px 14px;
  display: flex; flex-direction: column; gap: 10px; background: #f6f8fa; overscroll-behavior: contain; }
.msg { max-width: 88%; display: flex; flex-direction: column; gap: 2px; }
.msg--bot { align-self: flex-start; }
.msg--user { align-self: flex-end; align-items: flex-end; }
.bubble { padding: 9px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg--bot .bubble { background: #fff; border: 1px solid #d0d7de; border-bottom-left-radius: 4px; }
.msg--user .bubble { background: var(--accent); color: #fff; border-bottom-right-radius: 4px; }
.msg--sim .bubble { background: #fffbeb; border: 2px dashed var(--drill); }
.badge { display: inline-block; margin: 0 0 4px; padding: 1px 8px; border-radius: 999px; background: var(--drill);
  color: #fff; font-size: 12px; font-weight: 600; white-space: normal; }
.text { display: block; }
/* A check's verdict bubble says its verdict at a glance, not only in words (the ✖ / ⚠ / ? / ✔ line). */
.msg--verdict .bubble { border-left-width: 5px; }
.msg[data-verdict="dangerous"] .bubble { border-color: #cf222e; background: #fff5f5; }
.msg[data-verdict="suspicious"] .bubble { border-color: #bf8700; background: #fffbeb; }
.msg[data-verdict="unknown"] .bubble { border-color: #8c959f; }
.msg[data-verdict="official"] .bubble { border-color: #1a7f37; background: #f0fff4; }
.meta { display: flex; align-items: center; gap: 6px; font-size: 11px; color: var(--muted); padding: 0 4px; }
.rate { display: inline-flex; align-items: center; justify-content: center; min-width: 32px; min-height: 28px;
  border: 1px solid transparent; background: transparent; border-radius: 6px; padding: 4px 8px; cursor: pointer;
  color: var(--muted); }
.rate-icon { width: 16px; height: 16px; }
.rate:hover:not(:disabled) { border-color: #d0d7de; color: var(--accent); }
.rate[aria-pressed="true"] { color: var(--accent); border-color: var(--accent); background: #e8f1fb; }
.rate:disabled { cursor: default; }
.sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.quick { flex: none; max-height: 40%; overflow-y: auto; overscroll-behavior: contain; display: flex;
  flex-wrap: wrap; gap: 6px; padding: 8px 14px; background: #f6f8fa; border-top: 1px solid #d0d7de; }
.quick--list { flex-direction: column; flex-wrap: nowrap; gap: 4px; }
.quick-title { flex: none; margin: -8px 0 0; padding: 8px 0 2px; font-size: 12px; color: var(--muted);
  position: sticky; top: -8px; background: #f6f8fa; z-index: 1; }
.quick-btn { flex: none; border: 1px solid var(--accent); background: #fff; color: var(--accent);
  border-radius: 999px; padding: 5px 12px; cursor: pointer; font-size: 14px; text-align: left; }
.quick--list .quick-btn { display: flex; align-items: center; gap: 8px; width: 100%; border-radius: 8px;
  padding: 6px 10px; min-height: 36px; }
.quick-label { flex: 1; min-width: 0; }
.quick-note { flex: none; font-size: 12px; padding: 0 8px; border-radius: 999px; background: #e8f1fb; color: #0b3d70; }
.quick-btn:hover:not(:disabled) { background: #e8f1fb; }
.quick-btn:disabled { opacity: .5; cursor: not-allowed; }
.typing { flex: none; padding: 4px 16px 0; font-size: 13px; color: var(--muted); background: #f6f8fa; }
.dots span { display: inline-block; width: 6px; height: 6px; margin-right: 3px; border-radius: 50%;
  background: #8c959f; animation: blink 1.2s infinite both; }
.dots span:nth-child(2) { animation-delay: .2s; } .dots span:nth-child(3) { animation-delay: .4s; }
@keyframes blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
.alert, .notice { flex: none; margin: 6px 14px 0; padding: 6px 10px; border-radius: 6px; font-size: 13px; }
.alert { background: #ffebe9; color: #82071e; }
.notice { background: #fff4e5; color: #7a4100; }
.form { flex: none; display: flex; gap: 8px; align-items: flex-end; padding: 8px 12px 4px; background: #f6f8fa; }
.input { flex: 1; min-height: 40px; max-height: 120px; resize: none; padding: 8px 10px; border: 1px solid #8c959f;
  border-radius: 8px; background: #fff; line-height: 1.4; }
.send { flex: none; height: 40px; padding: 0 16px; border: 0; border-radius: 8px; cursor: pointer;
  background: var(--accent); color: #fff; font-weight: 600; }
.send:disabled { background: #8c959f; cursor: not-allowed; }
.hint { flex: none; margin: 0; padding: 2px 14px 8px; font-size: 12px; color: var(--muted); background: #f6f8fa; }
:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
.log:focus-visible { outline-offset: -3px; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; height: 100dvh; border-radius: 0; }
  .msg { max-width: 94%; }
  .root--open .launcher { display: none; }
  /* A phone page has no margin to spare: a small round button in the corner, hidden while the visitor types. */
  .launcher { right: 12px; bottom: 12px; width: 48px; height: 48px; padding: 0; justify-content: center; }
  .launcher-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .launcher-icon { width: 24px; height: 24px; }
  .root--page-typing .launcher { display: none; }
  /* Over one of the page's own controls (see tuckLauncher): a slim tab on the screen's edge instead. */
  .root--tucked .launcher { right: 0; width: 18px; height: 56px; border-radius: 10px 0 0 10px; }
  .root--tucked .launcher-icon { width: 14px; height: 14px; }
}
/* A finger needs more than a mouse pointer (the thumbs sit under every answer). */
@media (pointer: coarse), (max-width: 480px) { .rate { min-width: 44px; min-height: 36px; } }
@media (prefers-reduced-motion: reduce) { .dots span { animation: none; opacity: .6; } }
`;

  // ---- DOM -------------------------------------------------------------------------------------------------

  function el(tag, className, attrs) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (attrs) for (const k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }

  function textEl(tag, className, text, attrs) {
    const node = el(tag, className, attrs);
    node.textContent = text;
    return node;
  }

  /** A node whose text (and/or attributes) come from STRINGS: relabelled when the language changes. */
  function say(node, key, attrs) {
    if (key) node.setAttribute('data-t', key);
    if (attrs) node.setAttribute('data-t-attrs', Object.keys(attrs).map((a) => `${a}=${attrs[a]}`).join(';'));
    relabelNode(node);
    return node;
  }

  function relabelNode(node) {
    const key = node.getAttribute('data-t');
    if (key) node.textContent = node.hasAttribute('data-t-suffix') ? t(key) + node.getAttribute('data-t-suffix') : t(key);
    const attrs = node.getAttribute('data-t-attrs');
    if (attrs) {
      for (const pair of attrs.split(';')) {
        const [attr, k] = pair.split('=');
        node.setAttribute(attr, t(k));
      }
    }
  }

  function icon(d, className) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', d);
    svg.appendChild(path);
    return svg;
  }

  // The host element sits in the page; everything else is inside its shadow root.
  const host = el('div', null, { 'data-scam-coach': 'host' });
  const shadow = host.attachShadow({ mode: 'open' });
  const root = el('div', 'root');

  const launcher = el('button', 'launcher', {
    type: 'button',
    'data-scam-coach': 'launcher',
    part: 'launcher',
    'aria-expanded': 'false',
    'aria-controls': 'scam-coach-panel',
  });
  say(launcher, null, { 'aria-label': 'launcher_open' });
  launcher.appendChild(
    icon(
      'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 14.6-3.7-3.7 1.4-1.4 2.3 2.3 5.3-5.3 1.4 1.4-6.7 6.7Z',
      'launcher-icon',
    ),
  );
  launcher.appendChild(say(el('span', 'launcher-label'), 'launcher'));

  const panel = el('div', 'panel', {
    id: 'scam-coach-panel',
    part: 'panel',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'scam-coach-title',
  });
  panel.hidden = true;

  const header = el('div', 'header', { part: 'header' });
  const heading = el('div', 'heading');
  heading.appendChild(say(el('h2', 'title', { id: 'scam-coach-title' }), 'title'));
  heading.appendChild(say(el('p', 'subtitle'), 'subtitle'));
  const startOverBtn = textEl('button', 'icon-btn', '↺', { type: 'button', 'data-scam-coach': 'start-over' });
  say(startOverBtn, null, { 'aria-label': 'start_over', title: 'start_over' });
  const closeBtn = textEl('button', 'icon-btn', '×', { type: 'button', 'data-scam-coach': 'close' });
  say(closeBtn, null, { 'aria-label': 'close', title: 'close' });
  header.append(heading, startOverBtn, closeBtn);

  const status = el('div', 'bar status', { role: 'status' });
  const statusText = el('span', 'bar-text');
  const retryBtn = say(el('button', 'bar-btn', { type: 'button' }), 'retry');
  status.append(statusText, retryBtn);
  status.hidden = true;

  // "Start over" asks first, inside the panel (no window.confirm: it blocks the page and some hosts forbid it).
  const confirmBar = el('div', 'bar confirm', { role: 'alertdialog', 'data-scam-coach': 'start-over-confirm' });
  const confirmYes = say(el('button', 'bar-btn bar-btn--primary', { type: 'button', 'data-scam-coach': 'start-over-yes' }), 'start_over_yes');
  const confirmNo = say(el('button', 'bar-btn', { type: 'button' }), 'start_over_no');
  confirmBar.append(say(el('span', 'bar-text'), 'start_over_confirm'), confirmYes, confirmNo);
  confirmBar.hidden = true;

  const log = el('div', 'log', {
    'data-scam-coach': 'log',
    part: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-labelledby': 'scam-coach-title',
    tabindex: '0',
  });

  const typing = el('div', 'typing', { 'aria-hidden': 'true' });
  const dots = el('span', 'dots');
  dots.append(el('span'), el('span'), el('span'));
  typing.append(dots, document.createTextNode(' '), say(el('span'), 'typing'));
  typing.hidden = true;

  const quick = el('div', 'quick', { role: 'group', 'data-scam-coach': 'quick-replies' });
  quick.hidden = true;

  const alertBox = el('div', 'alert', { role: 'alert' });
  alertBox.hidden = true;
  const notice = el('div', 'notice', { role: 'status', 'data-scam-coach': 'notice' });
  notice.hidden = true;

  const form = el('form', 'form');
  const input = el('textarea', 'input', {
    'data-scam-coach': 'input',
    part: 'input',
    rows: '1',
    'aria-describedby': 'scam-coach-hint',
    autocomplete: 'off',
  });
  say(input, null, { 'aria-label': 'input', placeholder: 'placeholder' });
  const sendBtn = say(el('button', 'send', { type: 'submit', 'data-scam-coach': 'send', part: 'send' }), 'send');
  form.append(input, sendBtn);
  const hint = say(el('p', 'hint', { id: 'scam-coach-hint' }), 'hint');

  panel.append(header, status, confirmBar, log, typing, quick, alertBox, notice, form, hint);
  root.append(panel, launcher);

  // ---- rendering ---------------------------------------------------------------------------------------------

  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

  /** One message: the bubble, then its time (and 👍/👎 on a rated answer). */
  function messageEl(m) {
    const role = m.role === 'user' ? 'user' : 'bot';
    const item = el('div', `msg msg--${role}`, { 'data-role': role });
    if (m.kind) item.setAttribute('data-kind', String(m.kind));
    const bubble = el('div', 'bubble');
    // Who is speaking, for screen readers (the bubbles' sides say it visually).
    const who = say(el('span', 'sr', { 'data-t-suffix': ': ' }), role === 'user' ? 'you' : 'bot');
    bubble.appendChild(who);
    const verdict = m.check && typeof m.check.verdict === 'string' ? m.check.verdict : '';
    if (VERDICTS.indexOf(verdict) >= 0) {
      item.setAttribute('data-verdict', verdict);
      item.className += ' msg--verdict';
    }
    if (m.simulation === true) {
      item.setAttribute('data-simulation', 'true');
      item.className += ' msg--sim';
      bubble.appendChild(say(el('span', 'badge'), 'drill', { title: 'drill_note' }));
    }
    bubble.appendChild(textEl('span', 'text', String(m.text == null ? '' : m.text)));
    item.appendChild(bubble);
    const meta = el('div', 'meta');
    // Lines stored before times were kept have none: better no time than a wrong one.
    if (Number.isFinite(m.at)) {
      const at = new Date(m.at);
      meta.appendChild(textEl('time', 'time', timeFormat.format(at), { datetime: at.toISOString() }));
    }
    if (role === 'bot' && m.answer === true && RATED_KINDS.indexOf(m.kind) >= 0) meta.append(...rateButtons(m));
    item.appendChild(meta);
    return item;
  }

  // Thumbs as drawn icons, not emoji: they look the same on every system, fonts or not.
  const THUMB_UP =
    'M2 21h4V9H2v12Zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2Z';
  const THUMB_DOWN =
    'M22 3h-4v12h4V3ZM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2Z';

  function rateButtons(m) {
    const button = (kind, key, d) => {
      const b = say(el('button', 'rate', { type: 'button', 'data-scam-coach': kind }), null, {
        'aria-label': key,
        title: key,
      });
      b.appendChild(icon(d, 'rate-icon'));
      return b;
    };
    const up = button('feedback-up', 'helpful', THUMB_UP);
    const down = button('feedback-down', 'unhelpful', THUMB_DOWN);
    const rate = (helpful) => {
      up.disabled = down.disabled = true;
      (helpful ? up : down).setAttribute('aria-pressed', 'true');
      const faqId = m.faq && typeof m.faq.id === 'string' ? m.faq.id : typeof m.faqId === 'string' ? m.faqId : '';
      postJson('/api/widget/feedback', { helpful: helpful, kind: m.kind, ...(faqId ? { faqId: faqId } : {}) }).then(
        () => {
          showNotice(t('feedback_thanks'));
          keepInView(helpful ? up : down);
        },
        () => {
          up.disabled = down.disabled = false;
          (helpful ? up : down).removeAttribute('aria-pressed');
        },
      );
    };
    up.addEventListener('click', () => rate(true));
    down.addEventListener('click', () => rate(false));
    return [up, down];
  }

  /** Where a new bot turn starts: the log shows its first message from the top (a verdict, a score, the ❌). */
  let turnStart = null;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  /** Scroll the log just enough that `node` is inside it (the panel itself never scrolls). */
  function keepInView(node) {
    const n = node.getBoundingClientRect();
    const l = log.getBoundingClientRect();
    if (n.bottom > l.bottom) log.scrollTop += n.bottom - l.bottom + 8;
    else if (n.top < l.top) log.scrollTop -= l.top - n.top + 8;
  }

  function scrollToTurn() {
    if (turnStart?.isConnected) log.scrollTop = Math.max(0, turnStart.offsetTop - 12);
    else scrollToEnd();
  }

  function append(m) {
    const node = messageEl(m);
    log.appendChild(node);
    if (m.role === 'user') {
      turnStart = null;
      scrollToEnd();
    } else {
      if (!turnStart) turnStart = node;
      scrollToTurn();
    }
  }

  function replaceLog(messages) {
    const frag = document.createDocumentFragment();
    turnStart = null;
    let last = null;
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] || {};
      const node = messageEl(m);
      if (m.role === 'user') last = null;
      else if (!last) last = node;
      frag.appendChild(node);
    }
    log.replaceChildren(frag);
    turnStart = last; // a restored history opens at the start of the last answer
    scrollToTurn();
  }

  /** Quick replies are {label, value, note?}; older stored lines held plain strings. */
  function normalizeReplies(replies) {
    if (!Array.isArray(replies)) return [];
    const out = [];
    for (let i = 0; i < replies.length; i++) {
      const r = replies[i];
      if (typeof r === 'string' && r.trim()) out.push({ label: r, value: r });
      else if (r && typeof r.label === 'string' && typeof r.value === 'string' && r.value.trim()) {
        out.push({ label: r.label, value: r.value, note: typeof r.note === 'string' ? r.note : '' });
      }
    }
    return out;
  }

  /** The choices still open at the end of a restored history: the live rules replayed (a user line clears them). */
  function pendingQuickReplies(messages) {
    let open = { replies: [], kind: '' };
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] || {};
      if (m.role === 'user') open = { replies: [], kind: '' };
      else if (normalizeReplies(m.quickReplies).length) open = { replies: m.quickReplies, kind: m.kind };
    }
    return open;
  }

  /** A `picker` (the drills) is a list scrolling inside the panel, each row a short title and its level. */
  function showQuickReplies(replies, kind) {
    quick.replaceChildren();
    const list = normalizeReplies(replies);
    const picker = kind === 'picker';
    quick.className = picker ? 'quick quick--list' : 'quick';
    say(quick, null, { 'aria-label': picker ? 'picker' : 'quick_replies' });
    if (picker) quick.appendChild(say(el('p', 'quick-title'), 'picker'));
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const btn = el('button', 'quick-btn', {
        type: 'button',
        'data-scam-coach': 'quick-reply',
        'data-value': r.value,
        part: 'quick-reply',
      });
      btn.appendChild(textEl('span', 'quick-label', r.label));
      if (r.note) {
        btn.appendChild(textEl('span', 'quick-note', r.note));
        btn.setAttribute('aria-label', `${r.label} (${r.note})`);
      }
      btn.disabled = !online;
      btn.addEventListener('click', () => {
        if (send(r.value)) input.focus();
      });
      quick.appendChild(btn);
    }
    quick.hidden = list.length === 0;
    quick.scrollTop = 0;
    scrollToTurn(); // the log just got shorter or taller: keep the turn's start in view
  }

  let typingTimer = 0;
  function setTyping(on) {
    clearTimeout(typingTimer);
    typing.hidden = !on;
    if (on) typingTimer = setTimeout(() => setTyping(false), 15000); // never spin forever
  }

  let alertTimer = 0;
  function showAlert(message) {
    clearTimeout(alertTimer);
    alertBox.textContent = t('error') + message;
    alertBox.hidden = false;
    alertTimer = setTimeout(() => {
      alertBox.hidden = true;
    }, 8000);
  }

  let noticeTimer = 0;
  function showNotice(message) {
    clearTimeout(noticeTimer);
    // The notice takes room from the log: a log read to its end stays at its end, so the answer just rated (and
    // its pressed 👍/👎) does not slide out of view under the notice.
    const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 4;
    notice.textContent = message;
    notice.hidden = false;
    if (atEnd) scrollToEnd();
    noticeTimer = setTimeout(() => {
      notice.hidden = true;
    }, 6000);
  }

  /** "English" / "中文" in the chat: the panel's own words follow, and a reload keeps them. */
  function setLang(next) {
    if ((next !== 'zh' && next !== 'en') || next === lang) return;
    lang = next;
    writeStored('localStorage', LANG_KEY, lang);
    root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const nodes = shadow.querySelectorAll('[data-t], [data-t-attrs]');
    for (let i = 0; i < nodes.length; i++) relabelNode(nodes[i]);
    launcher.setAttribute('aria-label', t(isOpen() ? 'launcher_close' : 'launcher_open'));
    setOnline(online);
  }

  // ---- connection ----------------------------------------------------------------------------------------

  let socket = null;
  let connecting = false; // a session request is on its way
  let online = false;
  let attempt = 0; // failed attempts in a row, for the backoff
  let retryTimer = 0;
  let started = false;
  let everOnline = false;

  function storage(kind) {
    try {
      return window[kind]; // access itself throws when storage is blocked
    } catch (_) {
      return null;
    }
  }

  function readStored(kind, key) {
    try {
      return storage(kind)?.getItem(key) || '';
    } catch (_) {
      return '';
    }
  }

  function writeStored(kind, key, value) {
    try {
      const s = storage(kind);
      if (s) value ? s.setItem(key, value) : s.removeItem(key);
    } catch (_) {
      /* private mode: it lasts as long as the page */
    }
  }

  let memoryToken = '';
  function currentToken() {
    return readStored('localStorage', TOKEN_KEY) || memoryToken;
  }
  function saveToken(token) {
    memoryToken = token || '';
    writeStored('localStorage', TOKEN_KEY, token);
  }

  /** GET the session endpoint; with `token`, ask the server whether that token is still good. */
  function requestSession(token) {
    const url = new URL('/api/widget/session', base);
    url.searchParams.set('lang', lang);
    if (cohort) url.searchParams.set('session', cohort);
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    return fetch(url, { headers: headers, credentials: 'omit', cache: 'no-store' }).then((res) => {
      if (res.status === 401) return { unauthorized: true };
      if (!res.ok) throw new Error(`session ${res.status}`);
      return res.json().then((body) => {
        if (!body || typeof body.token !== 'string' || !body.token) throw new Error('session: no token');
        return { token: body.token };
      });
    });
  }

  /** POST JSON with this user's token (start over, feedback); rejects unless the server says 2xx. */
  function postJson(path, body) {
    return fetch(new URL(path, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${currentToken()}` },
      body: JSON.stringify(body || {}),
      credentials: 'omit',
      cache: 'no-store',
    }).then((res) => {
      if (!res.ok) throw new Error(`${path} ${res.status}`);
    });
  }

  function newSession() {
    return requestSession('').then((r) => {
      if (!r.token) throw new Error('session refused');
      saveToken(r.token);
      return r.token;
    });
  }

  function setOnline(on) {
    online = on; // the input stays usable (typing ahead is fine); sending is what waits
    sendBtn.disabled = !on;
    startOverBtn.disabled = !on;
    const buttons = quick.querySelectorAll('button');
    for (let i = 0; i < buttons.length; i++) buttons[i].disabled = !on;
    if (on) {
      status.hidden = true;
    } else {
      statusText.textContent = everOnline || attempt > 0 ? t('offline') : t('connecting');
      retryBtn.hidden = !(everOnline || attempt > 0);
      status.hidden = false;
      setTyping(false);
    }
    panel.setAttribute('data-connection', on ? 'online' : 'offline');
  }

  function connect() {
    clearTimeout(retryTimer);
    retryTimer = 0;
    if (socket || connecting) return;
    connecting = true;
    setOnline(false);
    const token = currentToken();
    (token ? Promise.resolve(token) : newSession()).then(
      (tok) => {
        connecting = false;
        open(tok);
      },
      () => {
        connecting = false;
        scheduleRetry();
      },
    );
  }

  function hello() {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'hello', lang: lang }));
  }

  function open(token) {
    let opened = false;
    let ws;
    try {
      ws = new WebSocket(`${wsBase}/ws?token=${encodeURIComponent(token)}${cohort ? `&session=${encodeURIComponent(cohort)}` : ''}`);
    } catch (_) {
      scheduleRetry();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      opened = true;
      attempt = 0;
      everOnline = true;
      hello();
      setOnline(true);
    };
    ws.onmessage = (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      onServerMessage(msg);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      setOnline(false);
      if (!opened) return checkToken(token);
      scheduleRetry();
    };
  }

  /** The handshake was refused: a dead token, or the server is away. Only the session endpoint can tell. */
  function checkToken(token) {
    requestSession(token).then(
      (r) => {
        if (r.unauthorized) return renewToken();
        if (r.token !== token) saveToken(r.token); // the server renewed it
        scheduleRetry();
      },
      () => scheduleRetry(),
    );
  }

  function renewToken() {
    saveToken('');
    newSession().then(
      () => {
        attempt = 0;
        connect();
      },
      () => scheduleRetry(),
    );
  }

  /** Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s, each ±20 % so many widgets don't return in lockstep. */
  function scheduleRetry() {
    let delay = Math.min(MAX_DELAY, 1000 * 2 ** attempt);
    delay = Math.min(MAX_DELAY, Math.round(delay * (0.8 + Math.random() * 0.4)));
    attempt++;
    setOnline(false); // after counting the attempt, so the notice says "offline", not "connecting"
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, delay);
  }

  function onServerMessage(msg) {
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'history': {
        setTyping(false);
        const messages = Array.isArray(msg.messages) ? msg.messages : [];
        replaceLog(messages);
        const open = pendingQuickReplies(messages);
        showQuickReplies(open.replies, open.kind);
        break;
      }
      case 'message':
        setTyping(false);
        if (msg.role !== 'user' && msg.kind === 'lang') setLang(msg.locale);
        append({ ...msg, role: msg.role === 'user' ? 'user' : 'bot', at: Date.now() });
        // One turn can be several messages, and the one offering answers is not always the last (a drill's
        // opening line, then "type stop to leave"): a message without quick replies keeps the current ones.
        // They go when the user sends something (send) or the history is replaced.
        if (normalizeReplies(msg.quickReplies).length) showQuickReplies(msg.quickReplies, msg.kind);
        if (panel.hidden) launcher.classList.add('launcher--unread');
        break;
      case 'token':
        // The server renewed our identity's token (past half its life): keep the new one.
        if (typeof msg.token === 'string' && msg.token) saveToken(msg.token);
        break;
      case 'typing':
        setTyping(true);
        break;
      case 'error':
        setTyping(false);
        showAlert(typeof msg.message === 'string' && msg.message ? msg.message : String(msg.code || ''));
        break;
    }
  }

  /** Send one message; returns false (and sends nothing) while offline — nothing is queued behind the user's back. */
  function send(text) {
    text = String(text || '').trim();
    if (!text || !online || !socket || socket.readyState !== WebSocket.OPEN) return false;
    text = text.slice(0, MAX_LENGTH);
    socket.send(JSON.stringify({ type: 'message', text: text }));
    append({ role: 'user', text: text, at: Date.now() });
    showQuickReplies([]);
    alertBox.hidden = true;
    return true;
  }

  /** A paste (or typing) past the limit is cut where it is, and the user is told so — never silently. */
  function enforceLimit() {
    if (input.value.length <= MAX_LENGTH) return;
    input.value = input.value.slice(0, MAX_LENGTH);
    showNotice(t('truncated').replace('{{max}}', String(MAX_LENGTH)));
  }

  /** Start over: the server forgets the conversation, then greets this socket as on a first visit. */
  function startOver() {
    confirmBar.hidden = true;
    postJson('/api/widget/reset').then(
      () => {
        log.replaceChildren();
        showQuickReplies([]);
        hello();
        input.focus();
      },
      (err) => showAlert(err.message),
    );
  }

  // ---- behaviour -----------------------------------------------------------------------------------------

  function isOpen() {
    return !panel.hidden;
  }

  function openPanel() {
    if (isOpen()) return;
    panel.hidden = false;
    root.classList.add('root--open');
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', t('launcher_close'));
    launcher.classList.remove('launcher--unread');
    writeStored('sessionStorage', OPEN_KEY, '1');
    if (!started) {
      started = true;
      connect();
    }
    scrollToTurn();
    input.focus();
  }

  function closePanel() {
    if (!isOpen()) return;
    const hadFocus = shadow.activeElement && panel.contains(shadow.activeElement);
    panel.hidden = true;
    root.classList.remove('root--open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', t('launcher_open'));
    writeStored('sessionStorage', OPEN_KEY, '');
    queueTuck();
    if (hadFocus) launcher.focus();
  }

  launcher.addEventListener('click', () => {
    isOpen() ? closePanel() : openPanel();
  });
  closeBtn.addEventListener('click', closePanel);
  startOverBtn.addEventListener('click', () => {
    confirmBar.hidden = false;
    confirmNo.focus();
  });
  confirmYes.addEventListener('click', startOver);
  confirmNo.addEventListener('click', () => {
    confirmBar.hidden = true;
    input.focus();
  });
  retryBtn.addEventListener('click', () => {
    attempt = 0;
    connect();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (send(input.value)) {
      input.value = '';
      autosize();
    }
    input.focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault(); // Enter sends; Shift+Enter is a new line; Enter that confirms an IME choice is neither
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });
  input.addEventListener('input', () => {
    enforceLimit();
    autosize();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      closePanel();
    }
  });
  window.addEventListener('online', () => {
    if (started && !socket) {
      attempt = 0;
      connect();
    }
  });
  // While the visitor types into the page's own fields, a phone's small launcher steps aside (see the CSS).
  function pageTyping() {
    const active = document.activeElement;
    const typingInPage = active && active !== host && active.matches('input, textarea, select, [contenteditable="true"]');
    root.classList.toggle('root--page-typing', Boolean(typingInPage));
  }
  document.addEventListener('focusin', pageTyping);
  document.addEventListener('focusout', () => setTimeout(pageTyping, 0)); // activeElement is settled by then

  // On a phone the launcher must not hide the page's own controls (a check box, a submit button): when one lies
  // under its corner, it tucks into a slim tab on the screen's edge until the page scrolls on.
  const narrow = window.matchMedia('(max-width: 480px)');
  const CONTROLS = 'input, textarea, select, button, a[href], label, [role="button"], [contenteditable="true"]';
  const CORNER = { size: 48, margin: 12 }; // the launcher's box on a phone, as the CSS places it
  let tuckQueued = false;

  function controlUnderCorner() {
    const right = window.innerWidth - CORNER.margin;
    const bottom = window.innerHeight - CORNER.margin;
    for (let dx = 0; dx <= CORNER.size; dx += CORNER.size / 4) {
      for (let dy = 0; dy <= CORNER.size; dy += CORNER.size / 4) {
        const found = document.elementsFromPoint(right - dx, bottom - dy);
        for (let i = 0; i < found.length; i++) if (found[i] !== host && found[i].closest(CONTROLS)) return true;
      }
    }
    return false;
  }

  function tuckLauncher() {
    tuckQueued = false;
    root.classList.toggle('root--tucked', narrow.matches && !isOpen() && controlUnderCorner());
  }

  function queueTuck() {
    if (tuckQueued) return;
    tuckQueued = true;
    requestAnimationFrame(tuckLauncher);
  }
  window.addEventListener('scroll', queueTuck, { passive: true });
  window.addEventListener('resize', queueTuck, { passive: true });

  function autosize() {
    // CSSOM writes (not a style attribute) are allowed under a strict style-src.
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 120)}px`;
  }

  /** "zh"/"en", else the browser's language: Chinese for zh-*, English for anything else. */
  function pickLang(value) {
    if (value === 'zh' || value === 'en') return value;
    return String(navigator.language || '')
      .toLowerCase()
      .indexOf('zh') === 0
      ? 'zh'
      : 'en';
  }

  function adoptStyles() {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (_) {
      // Browsers without constructable stylesheets (Safari < 16.4): a <style> inside the shadow root.
      shadow.appendChild(textEl('style', null, CSS));
    }
  }

  function mount() {
    adoptStyles();
    root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    shadow.appendChild(root);
    document.body.appendChild(host);
    setOnline(false);
    status.hidden = true; // nothing to report until the panel is first opened
    if (readStored('sessionStorage', OPEN_KEY) === '1') openPanel();
    queueTuck();
  }

  window.ScamCoach = Object.freeze({
    open: openPanel,
    close: closePanel,
    toggle: () => (isOpen() ? closePanel() : openPanel()),
    isOpen: isOpen,
  });

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
