// The environment, read once through one schema: defaults, the path rule, one-line errors, and README's table
// listing exactly the variables the code reads.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, cliSettings, configFromEnv } from '../../src/config.ts';
import { ROOT } from '../helpers/content.ts';

describe('configuration', () => {
  it('defaults under the project root; a relative path that is set is relative to the current directory', () => {
    const d = configFromEnv({}, '/srv/app');
    expect(d).toMatchObject({ port: 3000, dataDir: '/srv/app/data', brandFile: '/srv/app/content/brand.yaml', trustProxy: 0 });
    const set = configFromEnv({ DATA_DIR: 'state', BRAND_FILE: '/etc/brand.yaml', PORT: '8080' }, '/srv/app');
    expect(set).toMatchObject({ port: 8080, dataDir: resolve('state'), brandFile: '/etc/brand.yaml' });
  });

  it('the terminal reads BRAND_FILE by the path rule of the server, REPORT_TZ and NO_COLOR through the same schema', () => {
    const env = { BRAND_FILE: 'brands/b.yaml', REPORT_TZ: '+08:00', NO_COLOR: '1' };
    expect(cliSettings('/srv/app', env)).toEqual({ brandFile: resolve('brands/b.yaml'), reportTz: '+08:00', noColor: true });
    expect(cliSettings('/srv/app', env).brandFile).toBe(configFromEnv(env, '/srv/app').brandFile);
    expect(cliSettings('/srv/app', { NO_COLOR: '', REPORT_TZ: '' })).toEqual({
      brandFile: '/srv/app/content/brand.yaml',
      noColor: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(configFromEnv({ PORT: '', REDIS_URL: '', WIDGET_SECRET: '' }, '/r')).toMatchObject({ port: 3000 });
    expect(configFromEnv({ REDIS_URL: '' }, '/r')).not.toHaveProperty('redisUrl');
  });

  it('refuses bad values with one line naming the variable', () => {
    for (const [env, name] of [
      [{ PORT: 'abc' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
      [{ WIDGET_SECRET: 'short' }, 'WIDGET_SECRET'],
      [{ USER_HASH_SALT: 'short' }, 'USER_HASH_SALT'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
      [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
    ] as const) {
      let err: unknown;
      try {
        configFromEnv(env, '/r');
      } catch (e) {
        err = e;
      }
      expect(err, name).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(new RegExp(`^invalid configuration: ${name}: `));
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it("README's configuration table lists exactly the variables the schema reads", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const listed = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.toSorted()).toEqual([...CONFIG_VARIABLES].toSorted());
  });
});
