/*! scam-coach chat widget — one tag embed, plain browser JavaScript, no dependencies.
 *
 *   <script src="https://HOST/widget.js" data-lang="zh" data-session="optional-cohort" defer></script>
 *
 * The server is the script's own origin. Protocol (see DESIGN.md):
 *   GET  {base}/api/widget/session?lang=zh&session=NAME  → {"userId","token"}  (token kept in localStorage)
 *   WS   {base}/ws?token=TOKEN   client: {"type":"hello","lang"} then {"type":"message","text"}
 *                                server: history | message | typing | error | token (a renewed token to keep)
 * A stored token is reused so history and drills continue after a reload. When the websocket handshake is
 * refused, the widget asks the session endpoint with `Authorization: Bearer <stored token>`: a 401 there (or an
 * `unauthorized` error / close code 4401 on the socket) means the token is dead, and a new one is fetched.
 *
 * Every text from the bot or the user is rendered as text (textContent), never as HTML, and links are not made
 * clickable: drills quote scammers' links on purpose.
 * The only global is window.ScamCoach ({ open, close, toggle, isOpen }).
 */
(() => {
  if (window.ScamCoach) return; // embedded twice: the first copy wins

  const script =
    document.currentScript || document.querySelector('script[src$="/widget.js"], script[src*="/widget.js?"]');
  const base = new URL(script ? script.src : location.href).origin;
  const wsBase = base.replace(/^http/, 'ws');
  const lang = pickLang(script?.getAttribute('data-lang'));
  const cohort = script?.getAttribute('data-session') || '';

  const TOKEN_KEY = 'scam-coach:token';
  const OPEN_KEY = 'scam-coach:open';
  const MAX_DELAY = 30000;
  const MAX_LENGTH = 1000;
  /** Close codes (and error codes) that mean "this token is no good": fetch a new one instead of retrying it. */
  const AUTH_CLOSE_CODES = [4001, 4401, 1008];
  const AUTH_ERROR_CODES = ['unauthorized', 'invalid-token', 'token-expired', 'forbidden'];

  const STRINGS = {
    zh: {
      launcher: '防骗助手',
      launcherOpen: '打开防骗助手',
      launcherClose: '关闭防骗助手',
      title: '防骗助手',
      subtitle: '问问“这是真的吗？”，查号码和链接，练习应对骗局',
      close: '关闭',
      input: '输入消息',
      placeholder: '描述来电，或粘贴短信、号码、链接…',
      send: '发送',
      hint: '请勿在这里输入密码或验证码。Enter 发送，Shift+Enter 换行。',
      drill: '模拟演练',
      drillNote: '以下是模拟骗子的话，仅供练习',
      typing: '正在输入…',
      quickReplies: '快捷回复',
      connecting: '正在连接…',
      offline: '连接已断开，正在重新连接…消息暂时无法发送。',
      retry: '立即重试',
      error: '出错了：',
      you: '你',
      bot: '助手',
    },
    en: {
      launcher: 'Scam check',
      launcherOpen: 'Open the anti-scam assistant',
      launcherClose: 'Close the anti-scam assistant',
      title: 'Anti-scam coach',
      subtitle: 'Ask "is this real?", check numbers and links, practise saying no',
      close: 'Close',
      input: 'Message',
      placeholder: 'Describe a call, or paste a message, number or link…',
      send: 'Send',
      hint: 'Never type passwords or codes here. Enter sends, Shift+Enter adds a line.',
      drill: 'Practice drill',
      drillNote: 'A simulated scammer, for practice only',
      typing: 'Typing…',
      quickReplies: 'Quick replies',
      connecting: 'Connecting…',
      offline: 'Offline — reconnecting… Messages cannot be sent right now.',
      retry: 'Retry now',
      error: 'Something went wrong: ',
      you: 'You',
      bot: 'Coach',
    },
  };
  const t = STRINGS[lang];

  const CSS = [
    '.scam-coach-root, .scam-coach-root *, .scam-coach-root *::before, .scam-coach-root *::after { box-sizing: border-box; }',
    '.scam-coach-root { --scam-coach-accent: #0b6bcb; --scam-coach-accent-dark: #084f96; --scam-coach-drill: #b45309;',
    '  font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;',
    '  color: #1f2328; letter-spacing: normal; text-align: left; }',
    '.scam-coach-root button, .scam-coach-root textarea { font: inherit; color: inherit; margin: 0; }',
    '.scam-coach-launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: inline-flex;',
    '  align-items: center; gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px; cursor: pointer;',
    '  background: var(--scam-coach-accent); color: #fff !important; font-weight: 600;',
    '  box-shadow: 0 4px 14px rgba(0,0,0,.25); }',
    '.scam-coach-launcher:hover { background: var(--scam-coach-accent-dark); }',
    '.scam-coach-launcher-icon { width: 20px; height: 20px; flex: none; }',
    '.scam-coach-launcher--unread::after { content: ""; position: absolute; top: 4px; right: 6px; width: 10px;',
    '  height: 10px; border-radius: 50%; background: #d93025; border: 2px solid #fff; }',
    // overflow: clip (hidden as the fallback): scrollIntoView or find-in-page must never scroll the panel itself,
    // which would push the header out of view; only the log scrolls.
    '.scam-coach-panel { position: fixed; right: 20px; bottom: 84px; z-index: 2147483001; width: 380px;',
    '  height: min(600px, calc(100vh - 104px)); display: flex; flex-direction: column; background: #fff;',
    '  border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.28); overflow: hidden; overflow: clip; }',
    '.scam-coach-panel[hidden] { display: none; }',
    '.scam-coach-header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 10px 16px;',
    '  background: var(--scam-coach-accent); color: #fff; }',
    '.scam-coach-heading { flex: 1; min-width: 0; }',
    '.scam-coach-title { margin: 0; font-size: 16px; font-weight: 700; line-height: 1.3; color: #fff; }',
    '.scam-coach-subtitle { margin: 2px 0 0; font-size: 12px; opacity: .9; }',
    '.scam-coach-close { flex: none; width: 32px; height: 32px; border: 0; border-radius: 6px; cursor: pointer;',
    '  background: transparent; color: #fff !important; font-size: 22px; line-height: 1; }',
    '.scam-coach-close:hover { background: rgba(255,255,255,.18); }',
    '.scam-coach-status { padding: 8px 14px; font-size: 13px; background: #fff4e5; color: #7a4100;',
    '  border-bottom: 1px solid #f3d19e; display: flex; align-items: center; gap: 10px; }',
    '.scam-coach-status[hidden] { display: none; }',
    '.scam-coach-status-text { flex: 1; }',
    '.scam-coach-retry { flex: none; border: 1px solid #b86e00; background: #fff; border-radius: 6px;',
    '  padding: 2px 10px; cursor: pointer; font-size: 13px; }',
    '.scam-coach-log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px;',
    '  background: #f6f8fa; overscroll-behavior: contain; }',
    '.scam-coach-msg { max-width: 85%; padding: 9px 12px; border-radius: 12px; white-space: pre-wrap;',
    '  overflow-wrap: anywhere; word-break: normal; }',
    '.scam-coach-msg--bot { align-self: flex-start; background: #fff; border: 1px solid #d0d7de;',
    '  border-bottom-left-radius: 4px; }',
    '.scam-coach-msg--user { align-self: flex-end; background: var(--scam-coach-accent); color: #fff;',
    '  border-bottom-right-radius: 4px; }',
    '.scam-coach-msg--sim { background: #fffbeb; border: 2px dashed var(--scam-coach-drill); }',
    '.scam-coach-badge { display: inline-block; margin: 0 0 4px; padding: 1px 8px; border-radius: 999px;',
    '  background: var(--scam-coach-drill); color: #fff; font-size: 12px; font-weight: 600; white-space: normal; }',
    '.scam-coach-text { display: block; }',
    '.scam-coach-sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;',
    '  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }',
    '.scam-coach-quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 14px 0; background: #f6f8fa; }',
    '.scam-coach-quick[hidden] { display: none; }',
    '.scam-coach-quick-btn { border: 1px solid var(--scam-coach-accent); background: #fff;',
    '  color: var(--scam-coach-accent) !important; border-radius: 999px; padding: 5px 12px; cursor: pointer;',
    '  font-size: 14px; text-align: left; }',
    '.scam-coach-quick-btn:hover:not(:disabled) { background: #e8f1fb; }',
    '.scam-coach-quick-btn:disabled { opacity: .5; cursor: not-allowed; }',
    '.scam-coach-typing { padding: 4px 16px 0; font-size: 13px; color: #57606a; background: #f6f8fa; }',
    '.scam-coach-typing[hidden] { display: none; }',
    '.scam-coach-dots span { display: inline-block; width: 6px; height: 6px; margin-right: 3px; border-radius: 50%;',
    '  background: #8c959f; animation: scam-coach-blink 1.2s infinite both; }',
    '.scam-coach-dots span:nth-child(2) { animation-delay: .2s; } .scam-coach-dots span:nth-child(3) { animation-delay: .4s; }',
    '@keyframes scam-coach-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }',
    '.scam-coach-alert { margin: 8px 14px 0; padding: 6px 10px; border-radius: 6px; background: #ffebe9;',
    '  color: #82071e; font-size: 13px; }',
    '.scam-coach-alert[hidden] { display: none; }',
    '.scam-coach-form { display: flex; gap: 8px; align-items: flex-end; padding: 10px 12px 4px; background: #f6f8fa; }',
    '.scam-coach-input { flex: 1; min-height: 40px; max-height: 120px; resize: none; padding: 8px 10px;',
    '  border: 1px solid #8c959f; border-radius: 8px; background: #fff; line-height: 1.4; }',
    '.scam-coach-input:disabled { background: #eaeef2; }',
    '.scam-coach-send { flex: none; height: 40px; padding: 0 16px; border: 0; border-radius: 8px; cursor: pointer;',
    '  background: var(--scam-coach-accent); color: #fff !important; font-weight: 600; }',
    '.scam-coach-send:disabled { background: #8c959f; cursor: not-allowed; }',
    '.scam-coach-hint { margin: 0; padding: 2px 14px 10px; font-size: 12px; color: #57606a; background: #f6f8fa; }',
    '.scam-coach-root :focus-visible { outline: 3px solid #f0b400 !important; outline-offset: 2px; }',
    '.scam-coach-log:focus-visible { outline-offset: -3px; }',
    '@media (max-width: 480px) {',
    '  .scam-coach-panel { inset: 0; width: 100%; height: 100%; height: 100dvh; border-radius: 0; }',
    '  .scam-coach-msg { max-width: 92%; }',
    '  .scam-coach-root--open .scam-coach-launcher { display: none; }',
    '}',
    '@media (prefers-reduced-motion: reduce) { .scam-coach-dots span { animation: none; opacity: .6; } }',
  ].join('\n');

  // ---- DOM -------------------------------------------------------------------------------------------------

  const ids = { panel: 'scam-coach-panel', title: 'scam-coach-title', hint: 'scam-coach-hint' };

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

  function shieldIcon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'scam-coach-launcher-icon');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute(
      'd',
      'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 14.6-3.7-3.7 1.4-1.4 2.3 2.3 5.3-5.3 1.4 1.4-6.7 6.7Z',
    );
    svg.appendChild(path);
    return svg;
  }

  function injectStyles() {
    if (document.getElementById('scam-coach-style')) return;
    const style = el('style', null, { id: 'scam-coach-style' });
    style.textContent = CSS;
    (document.head || document.documentElement).appendChild(style);
  }

  const root = el('div', 'scam-coach-root', { lang: lang === 'zh' ? 'zh-CN' : 'en' });

  const launcher = el('button', 'scam-coach-launcher', {
    type: 'button',
    'data-scam-coach': 'launcher',
    'aria-expanded': 'false',
    'aria-controls': ids.panel,
    'aria-label': t.launcherOpen,
  });
  launcher.appendChild(shieldIcon());
  launcher.appendChild(textEl('span', null, t.launcher));

  const panel = el('div', 'scam-coach-panel', {
    id: ids.panel,
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': ids.title,
  });
  panel.hidden = true;

  const header = el('div', 'scam-coach-header');
  const heading = el('div', 'scam-coach-heading');
  heading.appendChild(textEl('h2', 'scam-coach-title', t.title, { id: ids.title }));
  heading.appendChild(textEl('p', 'scam-coach-subtitle', t.subtitle));
  const closeBtn = textEl('button', 'scam-coach-close', '×', { type: 'button', 'aria-label': t.close, title: t.close });
  header.appendChild(heading);
  header.appendChild(closeBtn);

  const status = el('div', 'scam-coach-status', { role: 'status' });
  const statusText = el('span', 'scam-coach-status-text');
  const retryBtn = textEl('button', 'scam-coach-retry', t.retry, { type: 'button' });
  status.appendChild(statusText);
  status.appendChild(retryBtn);
  status.hidden = true;

  const log = el('div', 'scam-coach-log', {
    'data-scam-coach': 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-labelledby': ids.title,
    tabindex: '0',
  });

  const typing = el('div', 'scam-coach-typing', { 'aria-hidden': 'true' });
  const dots = el('span', 'scam-coach-dots');
  dots.appendChild(el('span'));
  dots.appendChild(el('span'));
  dots.appendChild(el('span'));
  typing.appendChild(dots);
  typing.appendChild(document.createTextNode(` ${t.typing}`));
  typing.hidden = true;

  const quick = el('div', 'scam-coach-quick', { role: 'group', 'aria-label': t.quickReplies });
  quick.hidden = true;

  const alertBox = el('div', 'scam-coach-alert', { role: 'alert' });
  alertBox.hidden = true;

  const form = el('form', 'scam-coach-form');
  const input = el('textarea', 'scam-coach-input', {
    'data-scam-coach': 'input',
    rows: '1',
    maxlength: String(MAX_LENGTH),
    'aria-label': t.input,
    'aria-describedby': ids.hint,
    placeholder: t.placeholder,
    autocomplete: 'off',
  });
  const sendBtn = textEl('button', 'scam-coach-send', t.send, { type: 'submit', 'data-scam-coach': 'send' });
  form.appendChild(input);
  form.appendChild(sendBtn);
  const hint = textEl('p', 'scam-coach-hint', t.hint, { id: ids.hint });

  panel.appendChild(header);
  panel.appendChild(status);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(quick);
  panel.appendChild(alertBox);
  panel.appendChild(form);
  panel.appendChild(hint);
  root.appendChild(panel);
  root.appendChild(launcher);

  // ---- rendering ---------------------------------------------------------------------------------------------

  function messageEl(role, text, simulation, kind) {
    const item = el('div', `scam-coach-msg scam-coach-msg--${role === 'user' ? 'user' : 'bot'}`, {
      'data-role': role === 'user' ? 'user' : 'bot',
    });
    if (kind) item.setAttribute('data-kind', String(kind));
    // Who is speaking, for screen readers (the bubbles' sides say it visually).
    item.appendChild(textEl('span', 'scam-coach-sr', `${role === 'user' ? t.you : t.bot}: `));
    if (simulation) {
      item.setAttribute('data-simulation', 'true');
      item.className += ' scam-coach-msg--sim';
      item.appendChild(textEl('span', 'scam-coach-badge', t.drill, { title: t.drillNote }));
    }
    item.appendChild(textEl('span', 'scam-coach-text', String(text == null ? '' : text)));
    return item;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function append(role, text, simulation, kind) {
    log.appendChild(messageEl(role, text, simulation, kind));
    scrollToEnd();
  }

  function replaceLog(messages) {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] || {};
      frag.appendChild(messageEl(m.role, m.text, m.simulation === true, m.kind));
    }
    log.replaceChildren(frag);
    scrollToEnd();
  }

  /** The choices still open at the end of a restored history: the live rules replayed (a user line clears them). */
  function pendingQuickReplies(messages) {
    let open = [];
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] || {};
      if (m.role === 'user') open = [];
      else if (hasQuickReplies(m.quickReplies)) open = m.quickReplies;
    }
    return open;
  }

  function showQuickReplies(replies) {
    quick.replaceChildren();
    const list = Array.isArray(replies) ? replies.filter((r) => typeof r === 'string' && r.trim()) : [];
    for (let i = 0; i < list.length; i++) {
      const btn = textEl('button', 'scam-coach-quick-btn', list[i], { type: 'button' });
      btn.disabled = !online;
      btn.addEventListener('click', onQuickReply);
      quick.appendChild(btn);
    }
    quick.hidden = list.length === 0;
  }

  function hasQuickReplies(replies) {
    return Array.isArray(replies) && replies.some((r) => typeof r === 'string' && r.trim());
  }

  function onQuickReply(event) {
    if (send(event.currentTarget.textContent)) input.focus();
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
    alertBox.textContent = t.error + message;
    alertBox.hidden = false;
    alertTimer = setTimeout(() => {
      alertBox.hidden = true;
    }, 8000);
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

  function readToken() {
    try {
      return storage('localStorage')?.getItem(TOKEN_KEY) || '';
    } catch (_) {
      return '';
    }
  }

  function writeToken(token) {
    try {
      const ls = storage('localStorage');
      if (ls) token ? ls.setItem(TOKEN_KEY, token) : ls.removeItem(TOKEN_KEY);
    } catch (_) {
      /* private mode: the session lasts as long as the page */
    }
  }

  let memoryToken = '';
  function currentToken() {
    return readToken() || memoryToken;
  }
  function saveToken(token) {
    memoryToken = token || '';
    writeToken(token);
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
    const buttons = quick.querySelectorAll('button');
    for (let i = 0; i < buttons.length; i++) buttons[i].disabled = !on;
    if (on) {
      status.hidden = true;
    } else {
      statusText.textContent = everOnline || attempt > 0 ? t.offline : t.connecting;
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
      ws.send(JSON.stringify({ type: 'hello', lang: lang }));
      setOnline(true);
    };
    ws.onmessage = (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      onServerMessage(ws, msg);
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      setOnline(false);
      if (AUTH_CLOSE_CODES.indexOf(event.code) >= 0) return renewToken();
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

  function onServerMessage(ws, msg) {
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'history':
        setTyping(false);
        replaceLog(Array.isArray(msg.messages) ? msg.messages : []);
        showQuickReplies(pendingQuickReplies(Array.isArray(msg.messages) ? msg.messages : []));
        break;
      case 'message':
        setTyping(false);
        append(msg.role === 'user' ? 'user' : 'bot', msg.text, msg.simulation === true, msg.kind);
        // One turn can be several messages, and the one offering answers is not always the last (a drill's
        // opening line, then "type stop to leave"): a message without quick replies keeps the current ones.
        // They go when the user sends something (send) or the history is replaced.
        if (hasQuickReplies(msg.quickReplies)) showQuickReplies(msg.quickReplies);
        if (panel.hidden) launcher.classList.add('scam-coach-launcher--unread');
        break;
      case 'token':
        // The server renewed our identity's token (past half its life): keep the new one.
        if (typeof msg.token === 'string' && msg.token) saveToken(msg.token);
        break;
      case 'typing':
        setTyping(true);
        scrollToEnd();
        break;
      case 'error':
        setTyping(false);
        if (AUTH_ERROR_CODES.indexOf(msg.code) >= 0) {
          socket = null;
          ws.onclose = null;
          ws.close();
          setOnline(false);
          renewToken();
          return;
        }
        showAlert(typeof msg.message === 'string' && msg.message ? msg.message : String(msg.code || ''));
        break;
    }
  }

  /** Send one message; returns false (and sends nothing) while offline — nothing is queued behind the user's back. */
  function send(text) {
    text = String(text || '').trim();
    if (!text || !online || !socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify({ type: 'message', text: text.slice(0, MAX_LENGTH) }));
    append('user', text.slice(0, MAX_LENGTH), false);
    showQuickReplies([]);
    alertBox.hidden = true;
    return true;
  }

  // ---- behaviour -----------------------------------------------------------------------------------------

  function isOpen() {
    return !panel.hidden;
  }

  function openPanel() {
    if (isOpen()) return;
    panel.hidden = false;
    root.classList.add('scam-coach-root--open');
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', t.launcherClose);
    launcher.classList.remove('scam-coach-launcher--unread');
    remember(true);
    if (!started) {
      started = true;
      connect();
    }
    scrollToEnd();
    input.focus();
  }

  function closePanel() {
    if (!isOpen()) return;
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = true;
    root.classList.remove('scam-coach-root--open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', t.launcherOpen);
    remember(false);
    if (hadFocus) launcher.focus();
  }

  function remember(open) {
    try {
      const ss = storage('sessionStorage');
      if (ss) open ? ss.setItem(OPEN_KEY, '1') : ss.removeItem(OPEN_KEY);
    } catch (_) {
      /* not important */
    }
  }

  function wasOpen() {
    try {
      return storage('sessionStorage')?.getItem(OPEN_KEY) === '1';
    } catch (_) {
      return false;
    }
  }

  launcher.addEventListener('click', () => {
    isOpen() ? closePanel() : openPanel();
  });
  closeBtn.addEventListener('click', closePanel);
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
  input.addEventListener('input', autosize);
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

  function autosize() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 120)}px`;
  }

  /** data-lang="zh|en", else the browser's language: Chinese for zh-*, English for anything else. */
  function pickLang(value) {
    if (value === 'zh' || value === 'en') return value;
    return String(navigator.language || '')
      .toLowerCase()
      .indexOf('zh') === 0
      ? 'zh'
      : 'en';
  }

  function mount() {
    injectStyles();
    document.body.appendChild(root);
    setOnline(false);
    status.hidden = true; // nothing to report until the panel is first opened
    if (wasOpen()) openPanel();
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
