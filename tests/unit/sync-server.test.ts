// @vitest-environment node
// The sync tests' server (tests/sync-server, docs/sync.md §12.1): seeded by the real server/setup.sh,
// it must enforce what the design relies on (who reads and writes which database), keep its data
// across a restart, and the scan must find plaintext wherever it is and pass ciphertext.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { startTestServer, type TestServer } from '../sync-server/server.mjs';
import { addClass, type ConnectionFile, initServer } from '../sync-server/setup.mjs';

type Account = { user: string; password: string };
type Login = Account | null;
type Doc = { _id: string } & Record<string, unknown>;
/** The few PouchDB calls these tests make (pouchdb-* ship no types; the app's own code will). */
interface Pouch {
  bulkDocs(docs: Doc[]): Promise<unknown>;
  allDocs(): Promise<{ rows: { id: string }[] }>;
  put(doc: Doc): Promise<unknown>;
  replicate: {
    to(target: Pouch, options?: Record<string, unknown>): Replication;
    from(source: Pouch): Replication;
  };
  destroy(): Promise<unknown>;
}
interface Replication extends Promise<{ docs_written: number; doc_write_failures: number }> {
  on(event: 'change', listener: (info: { docs: Doc[] }) => void): Replication;
  on(event: 'denied' | 'error', listener: (err: unknown) => void): Replication;
  removeListener(event: 'change', listener: (info: { docs: Doc[] }) => void): Replication;
  cancel(): void;
}
type PouchClass = new (name: string, options?: Record<string, unknown>) => Pouch;

// A device's side of replication, as the app will have it: PouchDB 9 with the HTTP adapter, here over
// the memory adapter instead of IndexedDB.
// The server runs in this process on the same PouchDB class (tests/sync-server/server.mjs, imported
// above), which has the memory adapter and replication already; plugging replication in twice throws.
const require = createRequire(import.meta.url);
const Device: PouchClass = require('pouchdb-core');
(Device as unknown as { plugin(p: unknown): void }).plugin(require('pouchdb-adapter-http'));
const devices: Pouch[] = [];
const device = (): Pouch => {
  const made = new Device(`device-${randomBytes(6).toString('hex')}`);
  devices.push(made);
  return made;
};
const remote = (who: Account, database: string): Pouch =>
  new Device(`${server.url}/${database}`, {
    auth: { username: who.user, password: who.password },
    skip_setup: true,
  });
type Answer = { status: number; body: Record<string, unknown> };

const APP_ORIGIN = 'http://127.0.0.1:4173';
let server: TestServer;
let cls: ConnectionFile;

const db = (kind: string) => `dk-${cls.syncId}-${kind}`;
const slot = (name: string): Account => {
  const found = cls.slots.find((s) => s.user === `dk-${cls.syncId}-${name}`);
  if (!found) throw new Error(`no slot ${name}`);
  return { user: found.user, password: found.password };
};
const pairing: Login = { user: 'dk-pairing', password: 'dk-pairing-not-a-secret' };

async function call(who: Login, method: string, path: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (who) headers.authorization = `Basic ${Buffer.from(`${who.user}:${who.password}`).toString('base64')}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(server.url + path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

/** A document as the app writes it: an opaque id and ciphertext (docs/sync.md §3.3). */
function cipherDoc(): { _id: string; v: number; k: number; iv: string; c: string } {
  return {
    _id: randomBytes(16).toString('hex'),
    v: 1,
    k: 0,
    iv: randomBytes(12).toString('base64url'),
    c: randomBytes(272).toString('base64url'),
  };
}

async function put(who: Login, database: string, doc: Doc): Promise<Answer> {
  return call(who, 'PUT', `/${database}/${doc._id}`, doc);
}

/** What a teacher device does when it pairs a device: adds its user to a database's members. */
async function addMember(database: string, user: string): Promise<void> {
  const teacher = slot('t1');
  const sec = await call(teacher, 'GET', `/${database}/_security`);
  expect(sec.status).toBe(200);
  const members = sec.body.members as { names: string[]; roles: string[] };
  const res = await call(teacher, 'PUT', `/${database}/_security`, {
    ...sec.body,
    members: { ...members, names: [...members.names, user] },
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ corsOrigins: [APP_ORIGIN] });
  await initServer(server);
  cls = await addClass(server, { tablets: 2, screens: 1 });
  // Tablet 1 is paired (roster and its inbox); tablet 2 and the screen are not.
  await addMember(db('roster'), slot('p1').user);
  await addMember(db('in-p1'), slot('p1').user);
});

afterAll(async () => {
  for (const made of devices) await made.destroy();
  await server?.close();
});

describe('setup.sh against the test server', () => {
  it('writes a connection file with two teacher slots, the screens and tablets, and creates their databases', async () => {
    expect(cls).toMatchObject({
      format: 'drommeklassen-sync-connection',
      formatVersion: 1,
      server: server.url,
    });
    expect(cls.syncId).toMatch(/^[0-9a-f]{16}$/);
    expect(cls.slots.map((s) => `${s.user.slice(`dk-${cls.syncId}-`.length)}:${s.role}`)).toEqual([
      't1:teacher',
      't2:teacher',
      's1:screen',
      'p1:tablet',
      'p2:tablet',
    ]);
    for (const s of cls.slots) expect(s.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const dbs = await call(server.admin, 'GET', '/_all_dbs');
    expect(dbs.body).toEqual(
      expect.arrayContaining([
        '_users',
        'dk-pairing',
        ...['main', 'roster', 'shown', 'devices', 'in-s1', 'in-p1', 'in-p2'].map(db),
      ]),
    );
  });
});

describe('permissions (docs/sync.md §3.1, §12.1)', () => {
  it('refuses anonymous requests and a wrong password with 401, and answers the health check', async () => {
    expect((await call(null, 'GET', `/${db('roster')}`)).status).toBe(401);
    expect((await put(null, db('main'), cipherDoc())).status).toBe(401);
    expect((await call(null, 'GET', '/_all_dbs')).status).toBe(401);
    expect((await call({ user: slot('t1').user, password: 'wrong' }, 'GET', `/${db('main')}`)).status).toBe(
      401,
    );
    expect((await call(null, 'GET', '/_up')).body).toEqual({ status: 'ok' });
    expect((await call(slot('p1'), 'GET', '/')).body).toMatchObject({ couchdb: 'Welcome' });
  });

  it('lets a teacher slot write main and edit _security (not make databases), and a device read a database once a member', async () => {
    for (const teacher of [slot('t1'), slot('t2')]) {
      expect((await put(teacher, db('main'), cipherDoc())).status).toBe(201);
    }
    const screen = slot('s1');
    expect((await call(screen, 'GET', `/${db('shown')}/_all_docs`)).status).toBe(403);
    await addMember(db('shown'), screen.user);
    expect((await call(screen, 'GET', `/${db('shown')}/_all_docs`)).status).toBe(200);
    expect((await call(slot('t2'), 'POST', `/${db('main')}/_compact`, {})).status).toBe(202);
    // Only the server admin makes or deletes databases (setup.sh), as in CouchDB.
    expect((await call(slot('t1'), 'PUT', `/dk-${cls.syncId}-extra`)).status).toBe(401);
    expect((await call(slot('t1'), 'DELETE', `/${db('main')}`)).status).toBe(401);
    // Only a database's admins change its _security.
    const sec = await call(screen, 'GET', `/${db('shown')}/_security`);
    expect((await call(screen, 'PUT', `/${db('shown')}/_security`, sec.body)).status).toBe(403);
  });

  it('lets a paired tablet read the roster but not write it, nor read main', async () => {
    const tablet = slot('p1');
    const doc = cipherDoc();
    const written = await put(slot('t1'), db('roster'), doc);
    expect(written.status).toBe(201);
    expect((await call(tablet, 'GET', `/${db('roster')}/${doc._id}`)).body).toMatchObject({ c: doc.c });
    expect((await put(tablet, db('roster'), cipherDoc())).status).toBe(403);
    expect((await put(tablet, db('roster'), { ...doc, _rev: written.body.rev, c: 'AAAA' })).status).toBe(403);
    expect((await call(tablet, 'GET', `/${db('main')}/_all_docs`)).status).toBe(403);
    // A tablet that is not paired reads nothing.
    expect((await call(slot('p2'), 'GET', `/${db('roster')}/${doc._id}`)).status).toBe(403);
  });

  it('lets a tablet add to its own inbox but not change or delete there, nor touch another inbox', async () => {
    const tablet = slot('p1');
    const doc = cipherDoc();
    const made = await put(tablet, db('in-p1'), doc);
    expect(made.status).toBe(201);
    const rev = made.body.rev as string;
    expect((await put(tablet, db('in-p1'), { ...doc, _rev: rev, c: 'AAAA' })).status).toBe(403);
    expect((await call(tablet, 'DELETE', `/${db('in-p1')}/${doc._id}?rev=${rev}`)).status).toBe(403);
    expect((await call(tablet, 'GET', `/${db('in-p2')}/_all_docs`)).status).toBe(403);
    expect((await put(tablet, db('in-p2'), cipherDoc())).status).toBe(403);
    // A teacher device takes the words and deletes them from the inbox.
    expect((await call(slot('t1'), 'DELETE', `/${db('in-p1')}/${doc._id}?rev=${rev}`)).status).toBe(200);
  });

  it('lets the pairing login read dk-pairing only, and teacher slots write there', async () => {
    const doc = cipherDoc();
    expect((await put(slot('t2'), 'dk-pairing', doc)).status).toBe(201);
    expect((await call(pairing, 'GET', `/dk-pairing/${doc._id}`)).body).toMatchObject({ c: doc.c });
    expect((await put(pairing, 'dk-pairing', cipherDoc())).status).toBe(403);
    expect((await put(slot('p1'), 'dk-pairing', cipherDoc())).status).toBe(403);
    for (const kind of ['main', 'roster', 'shown', 'in-p1']) {
      expect((await call(pairing, 'GET', `/${db(kind)}/_all_docs`)).status).toBe(403);
    }
  });

  it('applies the same rules to _bulk_docs, which replication writes with', async () => {
    const teacher = slot('t1');
    const tablet = slot('p1');
    const pushed = { ...cipherDoc(), _rev: '1-0123abcd' };
    expect(
      (await call(teacher, 'POST', `/${db('main')}/_bulk_docs`, { new_edits: false, docs: [pushed] })).body,
    ).toEqual([]);
    expect((await call(teacher, 'GET', `/${db('main')}/${pushed._id}`)).body).toMatchObject({
      _rev: pushed._rev,
    });
    const refused = await call(tablet, 'POST', `/${db('roster')}/_bulk_docs`, { docs: [cipherDoc()] });
    expect(refused.body).toEqual([expect.objectContaining({ error: 'forbidden' })]);
    const words = cipherDoc();
    const added = await call(tablet, 'POST', `/${db('in-p1')}/_bulk_docs`, { docs: [words] });
    expect(added.body).toEqual([expect.objectContaining({ ok: true, id: words._id })]);
    const rev = (added.body as unknown as { rev: string }[])[0]!.rev;
    const changed = await call(tablet, 'POST', `/${db('in-p1')}/_bulk_docs`, {
      docs: [{ ...words, _rev: rev, _deleted: true }],
    });
    expect(changed.body).toEqual([expect.objectContaining({ error: 'forbidden' })]);
    const taken = await call(teacher, 'POST', `/${db('in-p1')}/_bulk_docs`, {
      docs: [{ ...words, _rev: rev, _deleted: true }],
    });
    expect(taken.body).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('answers a CORS preflight from the app origin without credentials, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/${db('main')}/_changes`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const ours = await preflight(APP_ORIGIN);
    expect(ours.status).toBe(204);
    expect(ours.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(ours.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.status).toBe(401);
  });
});

describe('PouchDB replication through the server', () => {
  it('carries one teacher device’s documents to the other, and refuses a tablet’s push to the roster', async () => {
    const laptop = device();
    const pc = device();
    const docs = [cipherDoc(), cipherDoc(), cipherDoc()];
    await laptop.bulkDocs(docs);
    expect(await laptop.replicate.to(remote(slot('t1'), db('main')))).toMatchObject({ docs_written: 3 });
    await pc.replicate.from(remote(slot('t2'), db('main')));
    expect((await pc.allDocs()).rows.map((row) => row.id)).toEqual(
      expect.arrayContaining(docs.map((d) => d._id)),
    );

    const tablet = device();
    await tablet.put(cipherDoc());
    expect(await tablet.replicate.to(remote(slot('p1'), db('roster')))).toMatchObject({
      docs_written: 0,
      doc_write_failures: 1,
    });
  });
});

describe('stop and restart', () => {
  it('keeps databases, documents and users, on the same address', async () => {
    const doc = cipherDoc();
    const made = await put(slot('t1'), db('main'), doc);
    expect(made.status).toBe(201);
    await server.stop();
    await expect(fetch(`${server.url}/_up`)).rejects.toThrow();
    await server.restart();
    const read = await call(slot('t1'), 'GET', `/${db('main')}/${doc._id}`);
    expect(read.body).toMatchObject({ _rev: made.body.rev, c: doc.c });
    expect((await call(slot('p1'), 'GET', `/${db('roster')}/_all_docs`)).status).toBe(200);
  });

  it('lets a live push resume by itself once the server is back', async () => {
    const laptop = device();
    const push = laptop.replicate.to(remote(slot('t1'), db('main')), {
      live: true,
      retry: true,
      back_off_function: () => 100,
    });
    // Resolves once the push has carried the document; a refusal or an error fails the test at once.
    const pushed = (id: string) =>
      new Promise<void>((resolve, reject) => {
        const seen = (info: { docs: Doc[] }) => {
          if (!info.docs.some((d) => d._id === id)) return;
          push.removeListener('change', seen);
          resolve();
        };
        push.on('change', seen);
        push.on('denied', reject);
        push.on('error', reject);
      });
    try {
      const before = cipherDoc();
      const sent = pushed(before._id);
      await laptop.put(before);
      await sent;
      await server.stop();
      const during = cipherDoc();
      const resent = pushed(during._id);
      await laptop.put(during);
      await server.restart();
      await resent;
      expect((await call(slot('t1'), 'GET', `/${db('main')}/${during._id}`)).body).toMatchObject({
        c: during.c,
      });
    } finally {
      push.cancel();
    }
  });
});

describe('server scan', () => {
  // Runs last: it plants plaintext on the server.
  const needles = ['Ola', 'Nordmann', 'Klasse 4B', 'Hun hjalp meg i dag'];

  it('passes ciphertext-shaped documents and deletions, and finds plaintext wherever it is', async () => {
    const teacher = slot('t1');
    const gone = cipherDoc();
    const made = await put(teacher, db('shown'), gone);
    expect((await call(teacher, 'DELETE', `/${db('shown')}/${gone._id}?rev=${made.body.rev}`)).status).toBe(
      200,
    );
    const kept = cipherDoc();
    expect((await put(teacher, db('main'), kept)).status).toBe(201);
    const clean = await scanServer(server.url, server.admin);
    expect(clean.databases.find((d) => d.name === db('main'))!.docs).toContainEqual(
      expect.objectContaining(kept),
    );
    expect(clean.users.map((u) => u._id)).toContain(`org.couchdb.user:${slot('p1').user}`);
    expect(findPlaintext(clean, needles)).toEqual([]);

    // A field of its own, a name inside it, a ciphertext that is only base64 of text, a bad id,
    // a deletion carrying a name, a losing conflict leaf, and a class-named database.
    const named = { ...cipherDoc(), name: 'Ola' };
    const encoded = {
      ...cipherDoc(),
      c: Buffer.from(JSON.stringify({ text: 'Hun hjalp meg i dag' })).toString('base64url'),
    };
    const badId = { ...cipherDoc(), _id: 'pupils:1' };
    expect((await put(teacher, db('roster'), named)).status).toBe(201);
    expect((await put(teacher, db('main'), encoded)).status).toBe(201);
    expect((await put(teacher, db('main'), badId)).status).toBe(201);
    const deleted = cipherDoc();
    const first = await put(teacher, db('main'), deleted);
    expect(
      (await put(teacher, db('main'), { ...deleted, _rev: first.body.rev, _deleted: true, c: 'Nordmann' }))
        .status,
    ).toBe(201);
    const conflicted = cipherDoc();
    const leafRevs = ['1-aaaa', '1-ffff'];
    const bulk = await call(teacher, 'POST', `/${db('main')}/_bulk_docs`, {
      new_edits: false,
      docs: [
        { ...conflicted, _rev: leafRevs[0], c: 'Klasse 4B' },
        { ...conflicted, _rev: leafRevs[1] },
      ],
    });
    expect(bulk.status).toBe(201);
    expect((await call(server.admin, 'PUT', '/klasse-4b-notes')).status).toBe(201);

    const found = findPlaintext(await scanServer(server.url, server.admin), [...needles, 'klasse-4b']);
    const problems = (id: string) =>
      new Set(found.filter((f) => f.id === id).map((f) => `${f.source}: ${f.problem}`));
    expect(problems(named._id)).toEqual(
      new Set([
        'all_docs: contains "Ola"',
        'all_docs: field "name"',
        'changes: contains "Ola"',
        'changes: field "name"',
      ]),
    );
    expect(problems(encoded._id)).toEqual(
      new Set(
        ['c decodes to "Hun hjalp meg i dag"', 'c is not a padded ciphertext'].flatMap((p) => [
          `all_docs: ${p}`,
          `changes: ${p}`,
        ]),
      ),
    );
    expect(problems(badId._id)).toEqual(
      new Set(['all_docs: id is not 32 hex digits', 'changes: id is not 32 hex digits']),
    );
    // A deleted document is not in _all_docs, only in the change feed; a name is valid base64url,
    // but not the size of a ciphertext.
    expect(problems(deleted._id)).toEqual(new Set(['changes: c is not a padded ciphertext']));
    // The winning leaf (the greater revision) is clean: the class name is only on the losing one.
    expect(problems(conflicted._id)).toEqual(
      new Set(['leaves: contains "Klasse 4B"', 'leaves: c is not base64url']),
    );
    expect(found.filter((f) => f.source === 'name')).toEqual([
      { db: 'klasse-4b-notes', id: '', source: 'name', problem: 'contains "klasse-4b"' },
    ]);
  });
});
