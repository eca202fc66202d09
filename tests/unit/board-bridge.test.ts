// @vitest-environment node
// The app ↔ extension handshake guards (src/domain/board-bridge.ts): what a page message or the
// extension's answer must look like before either side acts on it. Written after `npm run mutate`
// found that no test noticed these guards answering "yes" (or "no") to everything.
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_CHANNEL,
  isAppToExtension,
  isExtensionRejection,
  isExtensionToApp,
} from '../../src/domain/board-bridge';

describe('the reasons the extension may give for refusing a board', () => {
  it('accepts each reason the extension can send', () => {
    for (const r of [
      'too-large',
      'not-json',
      'format',
      'version',
      'not-approved',
      'shape',
      'origin',
      'malformed',
      'store-failed',
    ])
      expect(isExtensionRejection(r), r).toBe(true);
  });

  it('refuses the app’s own reason, unknown words, inherited names and anything not a string', () => {
    for (const x of [
      'no-extension',
      'nonsense',
      '',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
    ])
      expect(isExtensionRejection(x), x).toBe(false);
    for (const x of [undefined, null, 0, 1, true, {}, ['origin'], { origin: true }])
      expect(isExtensionRejection(x), String(x)).toBe(false);
  });
});

describe('which side a bridge message belongs to', () => {
  const m = (type: unknown, channel: unknown = BRIDGE_CHANNEL) => ({ channel, type });

  it('the extension’s hello and acknowledgements reach the app; the app’s own messages do not', () => {
    expect(isExtensionToApp(m('extension-hello'))).toBe(true);
    expect(isExtensionToApp({ ...m('board-ack'), ok: true, classId: 'c1', at: 1 })).toBe(true);
    expect(isExtensionToApp(m('app-hello'))).toBe(false);
    expect(isExtensionToApp(m('board-snapshot'))).toBe(false);
  });

  it('the app’s hello and snapshots reach the extension; the extension’s own messages do not', () => {
    expect(isAppToExtension(m('app-hello'))).toBe(true);
    expect(isAppToExtension({ ...m('board-snapshot'), snapshot: {} })).toBe(true);
    expect(isAppToExtension(m('extension-hello'))).toBe(false);
    expect(isAppToExtension(m('board-ack'))).toBe(false);
  });

  it('a message on another channel, or not a message at all, belongs to neither', () => {
    for (const x of [
      m('app-hello', 'other-channel'),
      m('extension-hello', 'other-channel'),
      { channel: undefined, type: 'app-hello' },
      { type: 'extension-hello' },
      m('unknown'),
      m(undefined),
      null,
      undefined,
      'app-hello',
      42,
    ]) {
      expect(isExtensionToApp(x), JSON.stringify(x)).toBe(false);
      expect(isAppToExtension(x), JSON.stringify(x)).toBe(false);
    }
  });
});
