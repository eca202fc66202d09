// The built manifest: the app's version, narrow permissions, and the app's own origins only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOrigins, distManifest } from '../../extension/build-manifest';
import pkg from '../../package.json' with { type: 'json' };

describe('extension manifest', () => {
  it('carries the app version and only the permissions it needs', () => {
    const m = distManifest(appOrigins(''));
    expect(m.version).toBe(pkg.version);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    // No port in a match pattern: Firefox never matches one that has a port. The exact origins are
    // checked in the code (extension/shared/origins.ts).
    expect(m.host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://drommeklassen.no/*',
    ]);
    expect((m.content_scripts as { matches: string[] }[])[0]!.matches).toEqual(m.host_permissions);
    expect(JSON.stringify(m)).not.toMatch(
      /<all_urls>|\*:\/\/\*|content_security_policy|externally_connectable/,
    );
    // One background entry for both browsers.
    expect(m.background).toEqual({
      service_worker: 'background.js',
      scripts: ['background.js'],
      type: 'module',
    });
    expect(m.browser_specific_settings).toMatchObject({
      gecko: { strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('takes other app origins as a build setting, https only (http for 127.0.0.1 and localhost)', () => {
    const origins = appOrigins('https://klasse.example.no, http://127.0.0.1:4186, http://127.0.0.1:4187');
    // The code keeps the exact origins; the patterns drop the port (once per host).
    expect(origins).toEqual(['https://klasse.example.no', 'http://127.0.0.1:4186', 'http://127.0.0.1:4187']);
    const m = distManifest(origins);
    expect(m.host_permissions).toEqual(['https://klasse.example.no/*', 'http://127.0.0.1/*']);
    expect((m.content_scripts as { matches: string[] }[])[0]!.matches).toEqual(m.host_permissions);
    expect(() => appOrigins('http://klasse.example.no')).toThrow(/https/);
  });
  it('names and describes itself in nb, nn and en from _locales (bokmål by default)', () => {
    const m = distManifest(appOrigins(''));
    expect(m.default_locale).toBe('nb');
    const text = JSON.stringify(m);
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    // Every language has every message the manifest asks for, and nothing else is in plain words.
    const load = (lang: string) =>
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../../extension/_locales/${lang}/messages.json`), 'utf8'),
      ) as Record<string, { message: string }>;
    const names: Record<string, string> = {};
    for (const lang of ['nb', 'nn', 'en']) {
      const messages = load(lang);
      for (const k of keys) expect(messages[k]?.message, `${lang} ${k}`).toBeTruthy();
      names[lang] = messages.extName!.message;
    }
    expect(names).toEqual({
      nb: 'Drømmeklassen – styrketavla',
      nn: 'Drømmeklassen – styrketavla',
      en: 'Drømmeklassen – strength board',
    });
    expect(load('nn').extDescription!.message).not.toBe(load('nb').extDescription!.message);
    const commands = m.commands as Record<string, { description?: string }>;
    for (const c of Object.values(commands))
      if (c.description) expect(c.description).toMatch(/^__MSG_\w+__$/);
  });
});
