// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncCsp } from '../../scripts/sync-csp';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { connectSrc, parseSyncOrigins, serverBase, syncOrigin } from '../../src/domain/sync/origins';

const SID = '0123456789abcdef';
const PW = 'x'.repeat(32);
const SERVER = 'https://dk-sync.kommune.no';

/** A file exactly as server/setup.sh add-class 1 1 prints it. */
function file(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'drommeklassen-sync-connection',
    formatVersion: 1,
    server: SERVER,
    syncId: SID,
    slots: [
      { user: `dk-${SID}-t1`, role: 'teacher', password: PW },
      { user: `dk-${SID}-t2`, role: 'teacher', password: PW },
      { user: `dk-${SID}-s1`, role: 'screen', password: PW },
      { user: `dk-${SID}-p1`, role: 'tablet', password: PW },
    ],
    ...over,
  });
}

const refusal = (text: string, allowed: readonly string[] = [SERVER]) => {
  const r = readConnectionFile(text, allowed);
  return r.ok ? 'accepted' : r.refusal.code;
};

describe('the build setting DK_SYNC_ORIGINS', () => {
  it('is empty by default: no server, and connect-src stays exactly self', () => {
    expect(parseSyncOrigins(undefined)).toEqual([]);
    expect(parseSyncOrigins('  ')).toEqual([]);
    expect(connectSrc([])).toBe("'self'");
  });

  it('takes https origins (and http on this machine), once each, as origins', () => {
    expect(parseSyncOrigins('https://a.no/couch/, http://127.0.0.1:5984,https://a.no')).toEqual([
      'https://a.no',
      'http://127.0.0.1:5984',
    ]);
    expect(connectSrc(['https://a.no'])).toBe("'self' https://a.no");
  });

  it('stops the build on plain http to another machine, a non-address, or credentials in it', () => {
    expect(() => parseSyncOrigins('http://a.no')).toThrow(/http:\/\/a\.no.*https/);
    expect(() => parseSyncOrigins('a.no')).toThrow(/DK_SYNC_ORIGINS/);
    expect(() => parseSyncOrigins('https://u:p@a.no')).toThrow(/DK_SYNC_ORIGINS/);
    expect(syncOrigin('ftp://a.no')).toBeNull();
    expect(syncOrigin('http://localhost:5984/x')).toBe('http://localhost:5984');
  });

  it('leaves index.html byte for byte as it is without servers, and widens only connect-src with them', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(syncCsp(html, [])).toBe(html);
    const csp = (h: string) => /Content-Security-Policy"\s+content="([^"]+)"/.exec(h)?.[1] ?? '';
    const before = csp(html).split('; ');
    const after = csp(syncCsp(html, ['https://a.no', 'http://127.0.0.1:5984'])).split('; ');
    expect(before).toContain("connect-src 'self'");
    expect(after.filter((d) => !before.includes(d))).toEqual([
      "connect-src 'self' https://a.no http://127.0.0.1:5984",
    ]);
    expect(after).toHaveLength(before.length);
    expect(() => syncCsp('<meta content="default-src \'self\'">', ['https://a.no'])).toThrow(/exactly one/);
  });

  it('keeps a proxy path for the server address, without query or trailing slash', () => {
    expect(serverBase('https://klasse.kommune.no/couch/')).toBe('https://klasse.kommune.no/couch');
    expect(serverBase('https://klasse.kommune.no')).toBe('https://klasse.kommune.no');
    expect(serverBase('https://klasse.kommune.no/couch?x=1')).toBeNull();
  });
});

describe('reading a class connection file', () => {
  it('reads what setup.sh add-class writes', () => {
    const r = readConnectionFile(file(), [SERVER]);
    expect(r).toEqual({
      ok: true,
      file: {
        server: SERVER,
        syncId: SID,
        slots: [
          { user: `dk-${SID}-t1`, role: 'teacher', password: PW },
          { user: `dk-${SID}-t2`, role: 'teacher', password: PW },
          { user: `dk-${SID}-s1`, role: 'screen', password: PW },
          { user: `dk-${SID}-p1`, role: 'tablet', password: PW },
        ],
      },
    });
  });

  it('says "not a connection file" for other JSON, a backup, broken text and anything huge', () => {
    expect(refusal('{')).toBe('not-connection-file');
    expect(refusal('[]')).toBe('not-connection-file');
    expect(refusal('null')).toBe('not-connection-file');
    expect(refusal(JSON.stringify({ format: 'drommeklassen-backup', formatVersion: 2 }))).toBe(
      'not-connection-file',
    );
    expect(refusal(file({ pad: 'x'.repeat(70_000) }))).toBe('not-connection-file');
  });

  it('says a newer app is needed for a newer format, and "damaged" for a broken version', () => {
    expect(refusal(file({ formatVersion: 2 }))).toBe('newer-format');
    expect(refusal(file({ formatVersion: 0 }))).toBe('damaged');
    expect(refusal(file({ formatVersion: '1' }))).toBe('damaged');
    expect(refusal(file({ formatVersion: 1.5 }))).toBe('damaged');
  });

  it('calls a file with a field missing or wrong damaged', () => {
    expect(refusal(file({ syncId: 'ABCDEF0123456789' }))).toBe('damaged');
    expect(refusal(file({ syncId: SID.slice(1) }))).toBe('damaged');
    expect(refusal(file({ server: 42 }))).toBe('damaged');
    expect(refusal(file({ slots: [] }))).toBe('damaged');
    expect(refusal(file({ slots: 'x' }))).toBe('damaged');
    const slot = (user: string, role: string, password = PW) => ({ user, role, password });
    const t1 = slot(`dk-${SID}-t1`, 'teacher');
    // another class's slot, a role that does not match the name, a short password, a slot twice
    expect(refusal(file({ slots: [t1, slot('dk-fedcba9876543210-p1', 'tablet')] }))).toBe('damaged');
    expect(refusal(file({ slots: [t1, slot(`dk-${SID}-p1`, 'teacher')] }))).toBe('damaged');
    expect(refusal(file({ slots: [slot(`dk-${SID}-t1`, 'teacher', 'short')] }))).toBe('damaged');
    expect(refusal(file({ slots: [t1, t1] }))).toBe('damaged');
    // no teacher slot: nobody could connect the class
    expect(refusal(file({ slots: [slot(`dk-${SID}-p1`, 'tablet')] }))).toBe('damaged');
    expect(refusal(file({ slots: [t1] }))).toBe('accepted');
  });

  it('refuses a server the build does not list, or plain http, naming the ones it can use', () => {
    const r = readConnectionFile(file({ server: 'https://evil.example' }), [SERVER]);
    expect(r).toEqual({
      ok: false,
      refusal: { code: 'server-not-allowed', server: 'https://evil.example', allowed: [SERVER] },
    });
    expect(refusal(file({ server: 'http://dk-sync.kommune.no' }))).toBe('server-not-allowed');
    expect(refusal(file({ server: `${SERVER}.evil.example` }))).toBe('server-not-allowed');
    expect(refusal(file(), [])).toBe('server-not-allowed');
  });

  it('accepts a server behind the app’s own proxy path when its origin is listed', () => {
    const r = readConnectionFile(file({ server: 'https://klasse.kommune.no/couch/' }), [
      'https://klasse.kommune.no',
    ]);
    expect(r.ok && r.file.server).toBe('https://klasse.kommune.no/couch');
  });
});
