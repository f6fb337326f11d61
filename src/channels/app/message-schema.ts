// The in-app channel's request body (DESIGN.md): {userId, text, messageId, locale?, sentAt?, session?}.
import { z } from 'zod';

export const appMessageSchema = z.strictObject({
  userId: z.string().min(1).max(128),
  text: z.string().min(1).max(2000),
  messageId: z.string().min(1).max(128),
  locale: z.enum(['zh', 'en']).optional(),
  /** ISO-8601 or epoch milliseconds; when present, requests older than the replay window are refused. */
  sentAt: z.union([z.string().datetime({ offset: true }), z.number().int().positive()]).optional(),
  /** Training cohort id. */
  session: z.string().min(1).max(64).optional(),
});

export type AppMessage = z.output<typeof appMessageSchema>;

export const REPLAY_WINDOW_MS = 5 * 60 * 1000;

export function sentAtMs(value: AppMessage['sentAt']): number | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? value : Date.parse(value);
}
