// eTags shared by both Storage implementations. Random rather than a counter: several processes write one store,
// and a counter restarting at 1 could let a stale writer's eTag match by accident.
import { randomBytes } from 'node:crypto';

export function newETag(): string {
  return randomBytes(9).toString('base64url');
}

/** The eTag a write must match, or undefined for an unconditional write (none given, or '*'). */
export function expectedETag(item: unknown): string | undefined {
  const eTag = (item as { eTag?: unknown } | null)?.eTag;
  return typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : undefined;
}

/** The value as stored: the eTag lives beside the JSON, not inside it. */
export function withoutETag(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError('Storage: each change must be an object');
  }
  const { eTag: _drop, ...rest } = item as Record<string, unknown>;
  return JSON.stringify(rest);
}

export function withETag(json: string, eTag: string): Record<string, unknown> {
  return { ...(JSON.parse(json) as Record<string, unknown>), eTag };
}

/**
 * Thrown by `write` when a change carries an eTag that no longer matches the stored item (someone wrote in
 * between). The message follows botbuilder's wording; no key in it, since keys contain user ids.
 */
export class ETagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor() {
    super('Storage: error writing due to eTag conflict.');
    this.name = 'ETagConflictError';
  }
}
