// The extension's message checks: only a well-formed, approved-only snapshot of the right version,
// sent from the app's own origin (or a board file picked in the extension), ever reaches its store.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveBoard } from '../../extension/background/board-handler';
import {
  checkBoardMessage,
  type SenderInfo,
  senderOrigin,
  type TrustContext,
} from '../../extension/shared/messages';
import { type BoardStore, openBoardStore } from '../../extension/shared/store';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { loadDemoClass } from '../../src/data/demo';
import type { BoardSnapshot } from '../../src/domain/board-snapshot';
import { jsonBytes, MAX_SNAPSHOT_BYTES, parseBoardFile } from '../../src/domain/board-snapshot-schema';
import { freshDatabase } from './helpers/db';

freshDatabase();
const NOW = new Date('2026-11-23T12:00:00').getTime();
const CTX: TrustContext = {
  extensionId: 'abcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnop',
  appOrigins: ['http://127.0.0.1:4173', 'https://drommeklassen.no'],
};
const FROM_APP: SenderInfo = {
  id: CTX.extensionId,
  origin: 'http://127.0.0.1:4173',
  url: 'http://127.0.0.1:4173/class/x',
  tab: { id: 7 },
};
const FROM_POPUP: SenderInfo = { id: CTX.extensionId, url: `${CTX.extensionOrigin}/popup.html` };

let store: BoardStore;
let snapshot: BoardSnapshot;
const log = vi.fn();

async function demoSnapshot(): Promise<BoardSnapshot> {
  const classId = await loadDemoClass('nb', NOW);
  return (await buildBoardSnapshot(
    classId,
    'nb',
    { teacher: 'læreren', classmate: 'en klassekamerat' },
    NOW,
  ))!;
}

beforeEach(async () => {
  store = await openBoardStore(`ext-test-${crypto.randomUUID()}`);
  snapshot = await demoSnapshot();
  // A board is already stored: every refused message must leave it exactly as it was.
  const first = await receiveBoard({ type: 'board-snapshot', snapshot }, FROM_APP, CTX, store, 1000, log);
  expect(first).toEqual({ ok: true, classId: snapshot.classId, at: 1000 });
  log.mockClear();
});

afterEach(() => store.close());

async function expectRejected(message: unknown, sender: SenderInfo, reason: string) {
  const before = await store.get();
  const res = await receiveBoard(message, sender, CTX, store, 2000, log);
  expect(res).toEqual({ ok: false, reason, at: 2000 });
  expect(await store.get()).toEqual(before);
  expect(before?.receivedAt).toBe(1000);
  expect(log).toHaveBeenCalledWith(
    '[Drømmeklassen] dropped a board message:',
    reason,
    'from',
    expect.anything(),
  );
}

const clone = (s: BoardSnapshot): BoardSnapshot => structuredClone(s);

describe('board messages', () => {
  it('stores a snapshot from the app, with when and where it came from', async () => {
    const next = { ...clone(snapshot), className: 'Ny tavle' };
    const res = await receiveBoard(
      { type: 'board-snapshot', snapshot: next },
      FROM_APP,
      CTX,
      store,
      3000,
      log,
    );
    expect(res.ok).toBe(true);
    const stored = await store.get();
    expect(stored?.snapshot.className).toBe('Ny tavle');
    expect(stored).toMatchObject({ receivedAt: 3000, source: 'app' });
    expect(stored?.snapshot.recognitions.length).toBeGreaterThan(10);
  });

  it('stores a board file imported in the extension itself', async () => {
    const res = await receiveBoard({ type: 'import-board', snapshot }, FROM_POPUP, CTX, store, 3000, log);
    expect(res.ok).toBe(true);
    expect((await store.get())?.source).toBe('file');
  });

  it('refuses a snapshot from another origin', async () => {
    await expectRejected(
      { type: 'board-snapshot', snapshot },
      { ...FROM_APP, origin: 'https://evil.example', url: 'https://evil.example/' },
      'origin',
    );
    // Same host, another port: still another origin.
    await expectRejected(
      { type: 'board-snapshot', snapshot },
      { ...FROM_APP, origin: 'http://127.0.0.1:9999' },
      'origin',
    );
  });

  it('matches the app origin whole, never by prefix (the match patterns have no port)', async () => {
    for (const origin of [
      'https://drommeklassen.no.evil.example',
      'https://drommeklassen.no:8443',
      'http://127.0.0.1:41730',
      'http://127.0.0.1',
      'http://drommeklassen.no',
    ]) {
      await expectRejected(
        { type: 'board-snapshot', snapshot },
        { ...FROM_APP, origin, url: `${origin}/class/x` },
        'origin',
      );
      // Firefox may give only the URL.
      await expectRejected(
        { type: 'board-snapshot', snapshot },
        { id: CTX.extensionId, url: `${origin}/class/x`, tab: { id: 7 } },
        'origin',
      );
    }
    const fromProduction = { id: CTX.extensionId, url: 'https://drommeklassen.no/class/x', tab: { id: 7 } };
    const res = await receiveBoard(
      { type: 'board-snapshot', snapshot },
      fromProduction,
      CTX,
      store,
      3000,
      log,
    );
    expect(res.ok).toBe(true);
  });

  it('refuses a message from another extension, or a "snapshot" sent by a web page posing as a file', async () => {
    await expectRejected(
      { type: 'board-snapshot', snapshot },
      { ...FROM_APP, id: 'otherextension' },
      'origin',
    );
    await expectRejected({ type: 'import-board', snapshot }, FROM_APP, 'origin');
    await expectRejected({ type: 'board-snapshot', snapshot }, { ...FROM_APP, tab: undefined }, 'origin');
  });

  it('refuses malformed messages and snapshots', async () => {
    await expectRejected('hello', FROM_APP, 'malformed');
    await expectRejected({ type: 'board-snapshot' }, FROM_APP, 'malformed');
    await expectRejected({ type: 'board-snapshot', snapshot, extra: 1 }, FROM_APP, 'malformed');
    await expectRejected({ type: 'something-else', snapshot }, FROM_APP, 'malformed');
    await expectRejected({ type: 'board-snapshot', snapshot: null }, FROM_APP, 'shape');
    const noText = clone(snapshot) as unknown as { recognitions: Record<string, unknown>[] };
    delete noText.recognitions[0]!.text;
    await expectRejected({ type: 'board-snapshot', snapshot: noText }, FROM_APP, 'shape');
    const unknownKey = { ...clone(snapshot), teacherNotes: 'private' };
    await expectRejected({ type: 'board-snapshot', snapshot: unknownKey }, FROM_APP, 'shape');
    const badColor = clone(snapshot);
    badColor.strengths[0]!.color = 'red; background: url(https://evil.example/x)';
    await expectRejected({ type: 'board-snapshot', snapshot: badColor }, FROM_APP, 'shape');
  });

  it('refuses an oversized message before parsing it', async () => {
    const big = clone(snapshot);
    big.dream.question = 'x'.repeat(MAX_SNAPSHOT_BYTES);
    await expectRejected({ type: 'board-snapshot', snapshot: big }, FROM_APP, 'too-large');
    expect(parseBoardFile(JSON.stringify(big))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('takes a message of exactly the size limit plus its envelope, and refuses one byte more', () => {
    const limit = MAX_SNAPSHOT_BYTES + 1024;
    const message = { type: 'board-snapshot', snapshot: clone(snapshot) };
    const recs = message.snapshot.recognitions;
    const template = recs[0]!;
    // Grow the snapshot with long approved recognitions until one more would pass the limit...
    const pad = (i: number) => ({
      ...template,
      id: `pad-${String(i).padStart(5, '0')}`,
      text: 'x'.repeat(560),
    });
    const each = jsonBytes(pad(0)) + 1;
    const count = Math.floor((limit - jsonBytes(message) - 1200) / each);
    for (let i = 0; i < count; i++) recs.push(pad(i));
    // ...then three whose texts (at most 560 characters each) make the message exactly the limit.
    const lasts = [0, 1, 2].map((k) => ({ ...template, id: `pad-last-${k}`, text: '' }));
    recs.push(...lasts);
    const rest = limit - jsonBytes(message);
    for (const [k, r] of lasts.entries())
      r.text = 'x'.repeat(Math.floor(rest / 3) + (k === 0 ? rest % 3 : 0));
    expect(Math.max(...lasts.map((r) => r.text.length))).toBeLessThanOrEqual(560);
    expect(jsonBytes(message)).toBe(limit);
    expect(checkBoardMessage(message, FROM_APP, CTX)).toMatchObject({ ok: true, source: 'app' });
    lasts[0]!.text += 'x';
    expect(checkBoardMessage(message, FROM_APP, CTX)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses null and other non-objects as malformed, without throwing', () => {
    for (const message of [null, undefined, 42, 'board-snapshot', ['board-snapshot', snapshot]])
      expect(checkBoardMessage(message, FROM_APP, CTX)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses another format or version', async () => {
    await expectRejected(
      { type: 'board-snapshot', snapshot: { ...clone(snapshot), version: 2 } },
      FROM_APP,
      'version',
    );
    await expectRejected(
      { type: 'board-snapshot', snapshot: { ...clone(snapshot), format: 'backup' } },
      FROM_APP,
      'format',
    );
  });

  it('refuses a snapshot with a waiting or declined recognition smuggled in', async () => {
    for (const status of ['waiting', 'declined']) {
      const smuggled = clone(snapshot) as unknown as { recognitions: Record<string, unknown>[] };
      smuggled.recognitions.push({
        ...smuggled.recognitions[0],
        id: 'smuggled',
        text: 'Not approved',
        status,
      });
      await expectRejected({ type: 'board-snapshot', snapshot: smuggled }, FROM_APP, 'not-approved');
    }
    // Even "approved" is not a key the format has: whoever added it did not use the app's builder.
    const marked = clone(snapshot) as unknown as { recognitions: Record<string, unknown>[] };
    marked.recognitions[0]!.status = 'approved';
    await expectRejected({ type: 'board-snapshot', snapshot: marked }, FROM_APP, 'shape');
  });

  it('parses a board file in the same way', () => {
    expect(parseBoardFile(JSON.stringify(snapshot))).toMatchObject({ ok: true });
    expect(parseBoardFile('{not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBoardFile(JSON.stringify({ ...snapshot, version: 99 }))).toEqual({
      ok: false,
      reason: 'version',
    });
  });
});

describe('content script', () => {
  const hello = { channel: 'drommeklassen-board', type: 'extension-hello' };
  let added: EventListener[] = [];

  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('chrome', { runtime: { sendMessage: vi.fn(async () => null) } });
    const add = window.addEventListener.bind(window);
    added = [];
    vi.spyOn(window, 'addEventListener').mockImplementation((type, fn, opts) => {
      if (type === 'message') added.push(fn as EventListener);
      add(type, fn, opts);
    });
  });

  afterEach(() => {
    for (const fn of added) window.removeEventListener('message', fn);
    vi.unstubAllGlobals();
  });

  /** Loads the content script on this page (jsdom's origin) as if the manifest had injected it. */
  async function inject(appOrigins: string[]) {
    vi.stubGlobal('__DK_APP_ORIGINS__', appOrigins);
    const post = vi.spyOn(window, 'postMessage');
    await import('../../extension/content/main');
    return post;
  }

  const appHello = () =>
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { channel: 'drommeklassen-board', type: 'app-hello' },
        origin: location.origin,
        source: window,
      }),
    );

  it('stays silent on a page of the same host but another port (the pattern has no port)', async () => {
    const { protocol, hostname, port } = location;
    const other = `${protocol}//${hostname}:${Number(port || 80) + 1}`;
    const post = await inject([other, `${location.origin}.evil.example`]);
    appHello();
    expect(post).not.toHaveBeenCalled();
    expect(added).toEqual([]);
  });

  it('answers the app on its exact origin', async () => {
    const post = await inject([location.origin]);
    expect(post).toHaveBeenCalledWith(hello, location.origin);
    post.mockClear();
    appHello();
    expect(post).toHaveBeenCalledWith(hello, location.origin);
  });
});

describe('where a message came from', () => {
  it('uses the sender’s origin when it has one, and the URL’s when the origin is "null" or missing', () => {
    expect(senderOrigin({ origin: 'https://drommeklassen.no', url: 'https://other.example/' })).toBe(
      'https://drommeklassen.no',
    );
    expect(senderOrigin({ origin: 'null', url: 'https://drommeklassen.no/class/x' })).toBe(
      'https://drommeklassen.no',
    );
    expect(senderOrigin({ url: 'http://127.0.0.1:4173/board' })).toBe('http://127.0.0.1:4173');
  });

  it('reads an origin inside a blob: URL, and rebuilds an extension page’s from its scheme and host', () => {
    expect(senderOrigin({ url: 'blob:https://drommeklassen.no/1b2c' })).toBe('https://drommeklassen.no');
    expect(senderOrigin({ url: 'moz-extension://0d5c-41/board.html' })).toBe('moz-extension://0d5c-41');
  });

  it('knows no origin without a URL, or with one that is not a URL', () => {
    expect(senderOrigin({})).toBeNull();
    expect(senderOrigin({ url: 'not a url' })).toBeNull();
    expect(senderOrigin({ origin: '', url: '' })).toBeNull();
  });

  it('takes a snapshot whose sender says origin "null" but comes from the app’s page', () => {
    const sender = { ...FROM_APP, origin: 'null' };
    expect(checkBoardMessage({ type: 'board-snapshot', snapshot }, sender, CTX)).toMatchObject({ ok: true });
  });
});
