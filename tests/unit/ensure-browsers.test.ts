// scripts/ensure-browsers.mjs: reading a browser's --version line, and when a Firefox is too old for
// the extension (Debian 12's main archive has 140 ESR; the manifest asks for 142).
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { majorVersion, versionCheck } from '../../scripts/ensure-browsers.mjs';

const MIN = majorVersion(manifest.browser_specific_settings.gecko.strict_min_version)!;

describe('ensure-browsers: Firefox versions', () => {
  it('reads the major version of the lines Firefox and Chromium print', () => {
    expect(majorVersion('Mozilla Firefox 153.8.0esr')).toBe(153);
    expect(majorVersion('Mozilla Firefox 140.12.0esr')).toBe(140);
    expect(majorVersion('Mozilla Firefox 142.0')).toBe(142);
    expect(majorVersion('Chromium 139.0.7258.154 built on Debian GNU/Linux 12 (bookworm)')).toBe(139);
    expect(majorVersion('')).toBeUndefined();
    expect(majorVersion(undefined)).toBeUndefined();
  });

  it('the extension’s strict_min_version is the bar: 140 ESR is too old, 142 and 153 ESR are fine', () => {
    expect(MIN).toBe(142);
    expect(versionCheck('Mozilla Firefox 140.12.0esr', MIN)).toBe('old');
    expect(versionCheck('Mozilla Firefox 141.0.3', MIN)).toBe('old');
    expect(versionCheck('Mozilla Firefox 142.0', MIN)).toBe('ok');
    expect(versionCheck('Mozilla Firefox 153.8.0esr', MIN)).toBe('ok');
    expect(versionCheck('something else', MIN)).toBe('unknown');
  });
});
