// The in-app channel's request body: {userId, text, messageId, sentAt, locale?, session?}. `sentAt` is required: a
// signed request without it could be replayed once its replay record expired (a day later); with it, a request
// older than the 5-minute window is refused, and replay records (24 h) outlive every request they could answer.
import { z } from 'zod';

export const appMessageSchema = z.strictObject({
  userId: z.string().min(1).max(128),
  text: z.string().min(1).max(2000),
  messageId: z.string().min(1).max(128),
  locale: z.enum(['zh', 'en']).optional(),
  /** ISO-8601 or epoch milliseconds; requests outside the replay window are refused. */
  sentAt: z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]),
  /** Training cohort id. */
  session: z.string().min(1).max(64).optional(),
});

export type AppMessage = z.output<typeof appMessageSchema>;

export const REPLAY_WINDOW_MS = 5 * 60 * 1000;

export function sentAtMs(value: AppMessage['sentAt']): number {
  return typeof value === 'number' ? value : Date.parse(value);
}
