// The user key a channel passes to `conversations.turn`: "<channel>:<that channel's own user id>". One home for the
// format, so the CLI's outcome records and the widget's rate-limit bucket hash the same key the turn does.
export type KeyedChannel = 'web' | 'app' | 'cli';

export function userKeyOf(channel: KeyedChannel, id: string): string {
  return `${channel}:${id}`;
}
