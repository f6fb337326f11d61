// Botkit's web adapter, hardened. Upstream (archived) trusts the client's `user` field, forwards any event type,
// has no size or rate limits, keeps a global socket map and a never-cleared interval. We keep its activity shape and
// middleware pipeline (so Botkit handles turns as usual) and replace the socket server:
//   - the user id comes from a server-signed token checked in verifyClient, never from the message;
//   - only `hello` and `message` frames are accepted; maxPayload; every frame takes from the identity's and the IP's
//     rate buckets (the store's limiter: shared by every instance on Redis); connections per IP;
//   - replies go to every socket of that user on this process; handlers never throw into the event loop.
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import {
  ActivityTypes,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { WebAdapter } from 'botbuilder-adapter-web';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Locale } from '../../content/topics.ts';
import type { Logger } from '../../ops/log.ts';
import type { Metrics } from '../../ops/metrics.ts';
import type { RateDecision } from '../../store/index.ts';
import { userKeyOf } from '../user-key.ts';

export interface WebChannelOptions {
  server: Server;
  path: string;
  maxPayload: number;
  /** One frame from this identity's and this IP's allowances. */
  admit: (userId: string, ip: string) => Promise<RateDecision>;
  /** The client address of a handshake (proxy-aware, the same rule as HTTP's). */
  clientIp: (req: IncomingMessage) => string;
  connectionsPerIp: number;
  /** The user id behind a valid, unexpired token, or undefined (connection refused). */
  verify: (token: unknown) => string | undefined;
  /** A renewed token for a token past half its life (sent as a `token` frame on hello), or undefined. */
  renew?: (token: string) => string | undefined;
  /** Called for a `hello` frame: send the history to this socket. */
  onHello: (userId: string, socket: WebSocket, locale: Locale | undefined) => Promise<void>;
  log: Logger;
  metrics: Metrics;
}

interface ClientInfo {
  userId: string;
  ip: string;
  token: string;
  locale?: Locale;
  session?: string;
}

const MAX_TEXT = 2000;

export class HardenedWebAdapter extends WebAdapter {
  private readonly opts: WebChannelOptions;
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly perIp = new Map<string, number>();
  private heartbeat?: NodeJS.Timeout;
  private server?: WebSocketServer;

  constructor(opts: WebChannelOptions) {
    // noServer keeps the parent from opening a server of its own; ours is created in createSocketServer.
    super({ noServer: true });
    this.opts = opts;
  }

  /** Called by Botkit when ready, with Botkit's turn handler as `logic`. */
  override createSocketServer(
    _server: unknown,
    _options: unknown,
    logic: (context: TurnContext) => Promise<void>,
  ): void {
    const { opts } = this;
    const wss = new WebSocketServer({
      server: opts.server,
      path: opts.path,
      maxPayload: opts.maxPayload,
      verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => {
        const url = new URL(info.req.url ?? '/', 'http://localhost');
        const token = url.searchParams.get('token') ?? '';
        const userId = opts.verify(token);
        const ip = opts.clientIp(info.req);
        if (!userId) {
          opts.metrics.wsConnections.inc({ result: 'unauthorized' });
          return done(false, 401, 'invalid token');
        }
        if ((this.perIp.get(ip) ?? 0) >= opts.connectionsPerIp) {
          opts.metrics.wsConnections.inc({ result: 'too_many' });
          return done(false, 429, 'too many connections');
        }
        (info.req as IncomingMessage & { scamCoach?: ClientInfo }).scamCoach = {
          userId,
          ip,
          token,
          ...(url.searchParams.get('session') ? { session: url.searchParams.get('session')!.slice(0, 64) } : {}),
        };
        done(true);
      },
    });
    this.server = wss;
    // ws re-emits the http server's errors (a busy port at listen); the server's listen reports those itself.
    wss.on('error', () => {});
    wss.on('connection', (ws: WebSocket & { isAlive?: boolean }, req: IncomingMessage & { scamCoach?: ClientInfo }) => {
      const client = req.scamCoach!;
      const { ip } = client;
      this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
      opts.metrics.wsConnections.inc({ result: 'accepted' });
      this.attach(client.userId, ws);
      ws.isAlive = true;
      ws.on('pong', () => {
        ws.isAlive = true;
      });
      ws.on('message', (data, isBinary) => {
        this.onFrame(ws, client, data, isBinary, logic).catch((err) =>
          opts.log.error({ err }, 'websocket turn failed'),
        );
      });
      ws.on('error', (err) => opts.log.warn({ err: err.message }, 'websocket error'));
      ws.on('close', () => {
        this.detach(client.userId, ws);
        const n = (this.perIp.get(ip) ?? 1) - 1;
        if (n > 0) this.perIp.set(ip, n);
        else this.perIp.delete(ip);
      });
    });
    // Drop dead connections (no pong within 30 s); unref so the timer never keeps the process alive.
    this.heartbeat = setInterval(() => {
      for (const ws of wss.clients as Set<WebSocket & { isAlive?: boolean }>) {
        if (ws.isAlive === false) ws.terminate();
        else {
          ws.isAlive = false;
          ws.ping();
        }
      }
    }, 30_000).unref();
  }

  private attach(userId: string, ws: WebSocket): void {
    const set = this.sockets.get(userId) ?? new Set<WebSocket>();
    this.sockets.set(userId, set);
    set.add(ws);
  }

  private detach(userId: string, ws: WebSocket): void {
    const set = this.sockets.get(userId);
    set?.delete(ws);
    if (set && !set.size) this.sockets.delete(userId);
  }

  private async onFrame(
    ws: WebSocket,
    client: ClientInfo,
    data: unknown,
    isBinary: boolean,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const error = (code: string, message: string) => ws.send(JSON.stringify({ type: 'error', code, message }));
    if (isBinary) return error('bad_frame', 'text frames only');
    // The buckets are per identity and per IP, not per socket: more tabs, reconnects, or more identities from one
    // address do not buy more messages.
    let admitted: RateDecision;
    try {
      admitted = await this.opts.admit(client.userId, client.ip);
    } catch (err) {
      return this.unavailable(ws, err); // the limits live in the store: down, so is the turn
    }
    if (!admitted.ok) {
      ws.send(
        JSON.stringify({
          type: 'error',
          code: 'rate_limited',
          message: 'too many messages, slow down',
          retryAfterMs: admitted.retryAfterMs,
        }),
      );
      return;
    }
    let frame: { type?: unknown; text?: unknown; lang?: unknown };
    try {
      frame = JSON.parse(String(data));
    } catch {
      return error('bad_json', 'frames are JSON objects');
    }
    if (!frame || typeof frame !== 'object') return error('bad_frame', 'frames are JSON objects');
    if (frame.lang === 'zh' || frame.lang === 'en') client.locale = frame.lang;
    if (frame.type === 'hello') return this.hello(ws, client);
    // Everything but plain messages is dropped: Botkit would otherwise turn any `type` into an event.
    if (frame.type !== 'message') return error('unsupported', 'unsupported frame type');
    if (typeof frame.text !== 'string' || !frame.text.trim())
      return error('bad_text', 'text must be a non-empty string');
    const text = frame.text.slice(0, MAX_TEXT);
    // The user's other tabs get the question too, so the replies they are about to receive make sense there.
    const echo = JSON.stringify({ type: 'message', role: 'user', text, simulation: false });
    for (const other of this.sockets.get(client.userId) ?? [])
      if (other !== ws && other.readyState === 1) other.send(echo);
    ws.send(JSON.stringify({ type: 'typing' }));
    const activity: Partial<Activity> = {
      timestamp: new Date(),
      channelId: 'websocket',
      conversation: { id: client.userId } as Activity['conversation'],
      from: { id: client.userId, name: client.userId },
      recipient: { id: 'bot', name: 'bot' },
      // Our own fields: the Botkit handler reads these, never a client-supplied `user`.
      channelData: {
        userKey: userKeyOf('web', client.userId),
        scamChannel: 'web',
        ...(client.locale ? { locale: client.locale } : {}),
        ...(client.session ? { session: client.session } : {}),
      },
      text,
      type: ActivityTypes.Message,
    };
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  /**
   * History (and a first-visit greeting) for a `hello`, and a renewed token when the old one is past half its life.
   * When the store cannot answer, the widget gets an error frame and the socket closes with 1013 (try again later):
   * the widget reconnects with backoff and says hello again, instead of waiting forever for a history.
   */
  private async hello(ws: WebSocket, client: ClientInfo): Promise<void> {
    const renewed = this.opts.renew?.(client.token);
    if (renewed && renewed !== client.token) {
      client.token = renewed;
      ws.send(JSON.stringify({ type: 'token', token: renewed }));
    }
    try {
      await this.opts.onHello(client.userId, ws, client.locale);
    } catch (err) {
      this.unavailable(ws, err);
    }
  }

  /** The store cannot answer: say so and close with 1013, so the widget reconnects with backoff and tries again. */
  private unavailable(ws: WebSocket, err: unknown): void {
    this.opts.log.error({ err }, 'widget frame failed: store unavailable');
    ws.send(JSON.stringify({ type: 'error', code: 'unavailable', message: 'temporarily unavailable, reconnecting' }));
    ws.close(1013, 'try again later');
  }

  /** Send to this user's sockets (websocket turns); webhook turns collect replies for the HTTP response. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (context.activity.channelId !== 'websocket') return super.sendActivities(context, activities);
    // A turn's frames leave in one write per socket (corked), not one system call per frame.
    const corked = new Set<Socket>();
    for (const activity of activities) {
      // Same shape as upstream activityToMessage: type and text, then channelData fields on top.
      const payload = JSON.stringify({ type: activity.type, text: activity.text, ...(activity.channelData ?? {}) });
      for (const ws of this.sockets.get(activity.recipient?.id ?? '') ?? []) {
        if (ws.readyState !== 1) continue;
        const socket = (ws as WebSocket & { _socket?: Socket })._socket;
        if (socket && !corked.has(socket)) {
          socket.cork();
          corked.add(socket);
        }
        ws.send(payload);
      }
    }
    for (const socket of corked) socket.uncork();
    return [];
  }

  override isConnected(user: string): boolean {
    return (this.sockets.get(user)?.size ?? 0) > 0;
  }

  override async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    // Proactive messages are not part of this bot; refuse rather than silently doing nothing.
    throw new Error('proactive messages are not supported');
  }

  /**
   * Close every socket and stop the heartbeat (graceful shutdown). Peers get a 1001 close frame; one that does not
   * answer within `graceMs` (a dead network path) is cut off, else ws would wait its 30 s close timeout and hold up
   * the shutdown past a typical orchestrator grace period.
   */
  async close(graceMs = 2000): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const wss = this.server;
    if (!wss) return;
    for (const ws of wss.clients) ws.close(1001, 'server shutting down');
    const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
    const cutOff = setTimeout(() => {
      for (const ws of wss.clients) ws.terminate();
    }, graceMs);
    cutOff.unref();
    await closed;
    clearTimeout(cutOff);
  }
}
