// The two secrets every instance must agree on. They come from configuration; only the embedded single-instance
// default (SQLite) may generate them and keep them in its file. On Redis a generated secret would live only as long
// as Redis keeps its data: after a restart without persistence, running instances would keep the old one while a
// new instance made another (tokens valid on one instance only, one user counted as two).
import { ConfigError } from '../config.ts';
import type { StateStore } from './types.ts';

export interface ServerSecrets {
  widgetSecret: string;
  userHashSalt: string;
}

export async function serverSecrets(
  store: Pick<StateStore, 'kind' | 'secret'>,
  config: { widgetSecret?: string | undefined; userHashSalt?: string | undefined },
): Promise<ServerSecrets> {
  if (store.kind !== 'sqlite' && (!config.widgetSecret || !config.userHashSalt)) {
    const missing = [!config.widgetSecret && 'WIDGET_SECRET', !config.userHashSalt && 'USER_HASH_SALT'].filter(Boolean);
    throw new ConfigError(
      `REDIS_URL is set, so ${missing.join(' and ')} must be set too (the same value on every instance; e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return {
    widgetSecret: config.widgetSecret ?? (await store.secret('widget-identity')),
    userHashSalt: config.userHashSalt ?? (await store.secret('user-salt')),
  };
}
