// The widget's HTTP side beside its websocket: the script itself (with its words from content), "start over"
// (the user's state and history deleted on the server) and 👍/👎 on answers. Reset and feedback need the widget's
// own signed token (`Authorization: Bearer …`), like the session check.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { recordFeedback } from '../../store/feedback.ts';
import type { StateStore } from '../../store/types.ts';
import type { Conversations } from '../conversation.ts';
import { verifyToken } from './session.ts';
import { userKeyOf } from '../user-key.ts';

const feedbackBody = z.strictObject({
  helpful: z.boolean(),
  kind: z.enum(['check', 'faq', 'fallback']),
  faqId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .optional(),
});

export interface WidgetRouteDeps {
  /** Feedback votes are outcome records. */
  store: Pick<StateStore, 'outcomes'>;
  conversations: Pick<Conversations, 'reset'>;
  widgetSecret: string;
  /** The served script (see widget-strings.ts), built once at start. */
  script: string;
}

export function widgetRouter(deps: WidgetRouteDeps): Router {
  const router = Router();
  const userOf = (req: Request, res: Response): string | undefined => {
    const token = (req.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
    const verified = verifyToken(deps.widgetSecret, token);
    if (!verified) res.status(401).json({ error: 'invalid-token', message: 'token not valid here' });
    return verified?.userId;
  };

  router.get('/widget.js', (_req, res) => {
    res.type('application/javascript; charset=utf-8').set('Cache-Control', 'public, max-age=300').send(deps.script);
  });
  router.post('/api/widget/reset', async (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    await deps.conversations.reset(userKeyOf('web', userId));
    res.status(204).end();
  });
  router.post('/api/widget/feedback', async (req, res) => {
    if (!userOf(req, res)) return;
    const parsed = feedbackBody.safeParse(req.body);
    if (!parsed.success) {
      return res
        .status(400)
        .json({ error: 'bad_request', message: 'body must be {"helpful": true|false, "kind", "faqId"?}' });
    }
    const { helpful, kind, faqId } = parsed.data;
    await recordFeedback(deps.store, { helpful, rated: kind, ...(faqId ? { faqId } : {}) });
    res.status(204).end();
  });
  return router;
}
