// Dev-only stand-in for the real server, speaking the widget protocol (docs/contracts.md) with canned replies, so the
// widget and the demo page can be tried and tested without the bot. Not used in production.
//   npx tsx test/widget/mock-server.ts [PORT]     → http://localhost:3100/
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { type WebSocket, WebSocketServer } from 'ws';
import { widgetScript } from '../../src/channels/web/widget-strings.ts';

const PUBLIC_DIR = join(import.meta.dirname, '../../public');

interface LogEntry {
  role: 'bot' | 'user';
  text: string;
  simulation: boolean;
}

interface BotReply {
  text: string;
  simulation?: boolean;
  quickReplies?: string[];
  kind?: string;
}

export interface MockServer {
  url: string;
  /** Close every open socket and refuse new handshakes (503) for `ms` milliseconds. */
  dropConnections(ms: number): void;
  /** Forget every token, as if the server lost its store: stored tokens now get 401. */
  revokeTokens(): void;
  /** Messages received from clients, in order. */
  received: { userId: string; text: string }[];
  sessionRequests: { lang: string | null; session: string | null; bearer: string | null }[];
  close(): Promise<void>;
}

/** Canned bot: a greeting with quick replies, a short drill, a check-like answer, otherwise an echo. */
function reply(text: string, lang: string): BotReply[] {
  const zh = lang !== 'en';
  if (/^(hi|hello|你好|您好)/i.test(text)) {
    return [
      {
        text: zh
          ? '你好！我可以帮你：\n1. 判断来电和短信真假\n2. 检查号码和链接\n3. 做防骗演练'
          : 'Hi! I can:\n1. tell real calls from fake\n2. check numbers and links\n3. run a practice drill',
        quickReplies: zh ? ['开始演练', '怎么核实官方电话？'] : ['Start a drill', 'How do I verify the hotline?'],
        kind: 'menu',
      },
    ];
  }
  if (/开始演练|start a drill/i.test(text)) {
    return [
      {
        text: zh ? '下面是一次模拟来电，对方是骗子。' : 'Here is a simulated call. The caller is a scammer.',
        kind: 'drill-intro',
      },
      {
        text: zh
          ? '您好，我是安心借客服，您的账户异常，请把刚收到的验证码告诉我。'
          : 'Hello, AnxinLoan support here. Your account has a problem; read me the code we just sent.',
        simulation: true,
        quickReplies: zh
          ? ['我不会告诉你验证码', '好的，验证码是…']
          : ["I won't give you the code", 'OK, the code is…'],
        kind: 'drill-turn',
      },
    ];
  }
  if (/验证码|the code/i.test(text) && /不会|won't/i.test(text)) {
    return [
      {
        text: zh ? '做得好！任何人索要验证码都是骗子。' : 'Well done! Anyone asking for a code is a scammer.',
        kind: 'drill-end',
      },
    ];
  }
  return [
    {
      text: `${zh ? '你说：' : 'You said: '}${text}\n${zh ? '（模拟服务器的回声）' : '(mock server echo)'}`,
      kind: 'echo',
    },
  ];
}

function checkVerdict(text: string) {
  const overseas = /^\s*(\+|00)(?!86)/.test(text);
  const verdict = overseas ? 'dangerous' : /anxinjie\.example(\/|$)/.test(text) ? 'official' : 'unknown';
  return {
    input: text,
    verdict,
    items: [
      {
        kind: /^\s*[+0-9]/.test(text) ? 'phone' : 'url',
        raw: text.trim(),
        normalized: text.trim(),
        verdict,
        reasons: overseas
          ? [
              {
                code: 'INTERNATIONAL_PREFIX',
                severity: 'high',
                message: '境外号码（00 / + 开头）冒充客服 <b>not bold</b>',
              },
            ]
          : [],
      },
    ],
    phrases: [],
    advice: overseas ? '挂断，不要回拨。\n通过官方 App 核实。' : '无法确认，请通过官方渠道核实。',
  };
}

/** Quick replies on the wire are {label, value} pairs (what is shown, what is sent); the mock's are the same. */
const pair = (text: string) => ({ label: text, value: text });

export async function startMockServer(port = 0): Promise<MockServer> {
  const app = express();
  const tokens = new Map<string, string>(); // token → userId
  const histories = new Map<string, LogEntry[]>(); // userId → log
  const sockets = new Set<WebSocket>();
  let refuseUntil = 0;
  const received: MockServer['received'] = [];
  const sessionRequests: MockServer['sessionRequests'] = [];

  app.use(express.json());
  // The widget runs on other sites' pages: the session endpoint answers cross-origin requests (the bearer
  // header makes the browser send a preflight first). The websocket needs no CORS; tokens are checked instead.
  app.use('/api/widget/session', (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization',
      'Access-Control-Max-Age': '600',
    });
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    next();
  });
  app.get('/api/widget/session', (req, res) => {
    const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? null;
    sessionRequests.push({
      lang: (req.query.lang as string) ?? null,
      session: (req.query.session as string) ?? null,
      bearer,
    });
    if (bearer) {
      const userId = tokens.get(bearer);
      if (!userId) return void res.status(401).json({ error: 'unauthorized' });
      return void res.json({ userId, token: bearer });
    }
    const userId = `u-${randomUUID().slice(0, 8)}`;
    const token = `t-${randomUUID()}`;
    tokens.set(token, userId);
    histories.set(userId, []);
    res.json({ userId, token });
  });
  app.post('/api/check', (req, res) => {
    const text = typeof req.body?.text === 'string' ? req.body.text : '';
    if (!text.trim()) return void res.status(400).json({ error: 'bad-request', message: 'text is required' });
    res.json(checkVerdict(text));
  });
  // The real server's script: public/widget.js with its words from content/replies/widget.yaml.
  const script = widgetScript(join(PUBLIC_DIR, '..'));
  app.get('/widget.js', (_req, res) => void res.type('application/javascript').send(script));
  app.use(express.static(PUBLIC_DIR));

  const server: Server = createServer(app);
  const wss = new WebSocketServer({
    server,
    path: '/ws',
    maxPayload: 64 * 1024,
    verifyClient: (info, done) => {
      if (Date.now() < refuseUntil) return done(false, 503, 'unavailable');
      const token = new URL(info.req.url ?? '', 'http://x').searchParams.get('token') ?? '';
      done(tokens.has(token), 401, 'unauthorized');
    },
  });
  wss.on('connection', (ws, req) => {
    const token = new URL(req.url ?? '', 'http://x').searchParams.get('token') ?? '';
    const userId = tokens.get(token)!;
    let lang = 'zh';
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    const send = (msg: unknown) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(msg));
    ws.on('message', (data) => {
      let msg: { type?: string; text?: unknown; lang?: unknown };
      try {
        msg = JSON.parse(String(data));
      } catch {
        return send({ type: 'error', code: 'bad-json', message: 'not JSON' });
      }
      const log = histories.get(userId)!;
      if (msg.type === 'hello') {
        if (msg.lang === 'en' || msg.lang === 'zh') lang = msg.lang;
        return send({ type: 'history', messages: log });
      }
      if (msg.type !== 'message' || typeof msg.text !== 'string') return;
      received.push({ userId, text: msg.text });
      log.push({ role: 'user', text: msg.text, simulation: false });
      send({ type: 'typing' });
      setTimeout(() => {
        for (const r of reply(msg.text as string, lang)) {
          log.push({
            role: 'bot',
            text: r.text,
            simulation: r.simulation ?? false,
            ...(r.quickReplies?.length ? { quickReplies: r.quickReplies.map(pair) } : {}),
          });
          send({
            type: 'message',
            role: 'bot',
            text: r.text,
            simulation: r.simulation ?? false,
            quickReplies: (r.quickReplies ?? []).map(pair),
            kind: r.kind,
          });
        }
      }, 250);
    });
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;

  return {
    url,
    received,
    sessionRequests,
    dropConnections(ms) {
      refuseUntil = Date.now() + ms;
      for (const ws of sockets) ws.terminate();
    },
    revokeTokens() {
      tokens.clear();
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mock = await startMockServer(Number(process.argv[2] ?? 3100));
  console.log(`mock scam-coach server on ${mock.url}/`);
}
