// The devices of a connected class (docs/sync.md §6.2, §7, §13 steps 9 and 11): each teacher device's
// encrypted `hello` in the class's `devices` database (written on joining, `lastSeen` at most once a
// day after a round), the list a teacher device shows, the slots' membership of the class databases'
// `_security`, and removing a device: out of `_security`, its slot's password changed, its hello
// deleted, and only then its slot free. Plain fetch with the device's own login (no PouchDB needed);
// loaded with import() from the settings screen's sharing section.

import type { Slot, SlotRole } from '../domain/sync/connection';
import { type Hello, type PendingOffer, platformFamily, seenToday, slotNumber } from '../domain/sync/devices';
import { dbName, toBase64Url } from '../domain/sync/format';
import { dbKeysFromClass } from '../sync/crypto';
import { helloId, openHello, sealHello } from '../sync/hello';
import { type ClassLink, classKeysOf, linkDatabases, slotOf } from '../sync/session';
import { type ServerProblem, serverProblem } from './sync-connect';
import { saveLink, syncLinks } from './sync-links';

/** What a link keeps besides its login: the codes out and the slots retired (device settings). */
export type DeviceLink = ClassLink & { pending?: PendingOffer[]; retired?: string[] };

/** How a device names itself in its hello: the label in the teacher's language, and its platform. */
export interface Naming {
  labelFor: (role: SlotRole, n: number) => string;
  platform: string;
}
export const defaultNaming = (): Naming => ({
  labelFor: (role, n) => `${role} ${n}`,
  platform: platformFamily(globalThis.navigator),
});

export const devicesDb = (link: ClassLink): string => `dk-${link.syncId}-devices`;

/** Every database of the class a slot may be listed in (teacher slots are in all of them). */
export function classDatabases(link: ClassLink): string[] {
  const inboxes = (link.slots ?? [])
    .filter((s) => s.role !== 'teacher')
    .map((s) => dbName(link.syncId, 'inbox', s.user.slice(s.user.lastIndexOf('-') + 1)));
  return [
    ...(['main', 'roster', 'shown'] as const).map((k) => dbName(link.syncId, k)),
    devicesDb(link),
    ...inboxes,
  ];
}

/** A refusal from the server as PouchDB would throw it (`status`), so serverProblem() words it. */
class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

type Login = { user: string; password: string };
async function call(server: string, login: Login, method: string, path: string, body?: unknown) {
  let res: Response;
  try {
    res = await fetch(`${server}/${path}`, {
      method,
      headers: {
        Authorization: `Basic ${btoa(`${login.user}:${login.password}`)}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new HttpError(0);
  }
  if (!res.ok) throw new HttpError(res.status);
  return (await res.json()) as Record<string, unknown>;
}
const statusOf = (e: unknown) => (e instanceof HttpError ? e.status : 0);
const isProblem = (e: unknown): ServerProblem => serverProblem(e).problem;

async function helloKeys(link: ClassLink) {
  return dbKeysFromClass(classKeysOf(link), devicesDb(link), link.epoch);
}

async function findLink(classId: string): Promise<DeviceLink | undefined> {
  const link = (await syncLinks()).find((l) => l.classId === classId);
  return link?.role === 'teacher' && link.keys.kind === 'class' ? link : undefined;
}

/** Every readable hello of the class. One that does not open is left out (and left alone). */
export async function readHellos(link: ClassLink): Promise<Hello[]> {
  const keys = await helloKeys(link);
  const all = await call(link.server, link, 'GET', `${devicesDb(link)}/_all_docs?include_docs=true`);
  const rows = Array.isArray(all.rows) ? (all.rows as { doc?: Record<string, unknown> }[]) : [];
  const out: Hello[] = [];
  for (const { doc } of rows) {
    if (!doc || String(doc._id).startsWith('_design/')) continue;
    const { _rev, ...plain } = doc;
    try {
      out.push(await openHello(keys, plain));
    } catch {
      // Not ours to judge here: another epoch, or tampered with. It names no device.
    }
  }
  return out.sort((a, b) => a.joinedAt - b.joinedAt);
}

/** This device's hello: written when missing, `lastSeen` again at most once a day. */
export async function writeHello(link: ClassLink, naming: Naming, now = Date.now()): Promise<Hello> {
  const keys = await helloKeys(link);
  const id = await helloId(keys, link.user);
  const path = `${devicesDb(link)}/${id}`;
  let old: { rev: string; hello: Hello } | undefined;
  try {
    const { _rev, ...doc } = await call(link.server, link, 'GET', path);
    old = { rev: String(_rev), hello: await openHello(keys, doc) };
  } catch (e) {
    if (statusOf(e) !== 404 && !(e instanceof Error && e.name === 'SyncCryptoError')) throw e;
  }
  if (old && seenToday(old.hello.lastSeen, now)) return old.hello;
  const hello: Hello = {
    user: link.user,
    role: link.role,
    label: naming.labelFor(link.role, slotNumber(link.user)),
    platform: naming.platform,
    joinedAt: old?.hello.joinedAt ?? now,
    lastSeen: now,
  };
  const doc = await sealHello(keys, hello);
  await call(link.server, link, 'PUT', path, old ? { ...doc, _rev: old.rev } : doc);
  return hello;
}

/** After a good round: this teacher device's hello, if a day has passed. Failures stay quiet. */
export async function touchHello(classId: string, naming: Naming = defaultNaming()): Promise<void> {
  const link = await findLink(classId);
  if (link) await writeHello(link, naming).catch((e: unknown) => console.error(e));
}

export interface DeviceList {
  devices: Hello[];
  /** This device's login: the list marks it «Denne maskinen». */
  own: string;
  /** Only the device that holds the slots (connected with the file) removes devices. */
  canRemove: boolean;
}
export type ListResult = { ok: true; list: DeviceList } | { ok: false; problem: ServerProblem | 'failed' };

export async function listDevices(classId: string): Promise<ListResult> {
  const link = await findLink(classId);
  if (!link) return { ok: false, problem: 'failed' };
  try {
    const devices = await readHellos(link);
    return { ok: true, list: { devices, own: link.user, canRemove: Boolean(link.slots?.length) } };
  } catch (e) {
    return { ok: false, problem: isProblem(e) };
  }
}

interface Security {
  admins?: { names?: string[]; roles?: string[] };
  members?: { names?: string[]; roles?: string[] };
}

/**
 * Changes the slot's name in one database's `_security` (admins and members; with `membersOnly`, an
 * added name goes into members only). A missing database is skipped.
 */
async function editSecurity(
  link: ClassLink,
  db: string,
  user: string,
  add: boolean,
  membersOnly = false,
): Promise<void> {
  let sec: Security;
  try {
    sec = (await call(link.server, link, 'GET', `${db}/_security`)) as Security;
  } catch (e) {
    if (statusOf(e) === 404) return;
    throw e;
  }
  const list = (names: string[] | undefined) => {
    const rest = (names ?? []).filter((n) => n !== user);
    return add ? [...rest, user] : rest;
  };
  const admins =
    add && membersOnly ? (sec.admins?.names ?? []).filter((n) => n !== user) : list(sec.admins?.names);
  const members = list(sec.members?.names);
  const same = (a: string[], b: string[] | undefined) =>
    a.length === (b ?? []).length && a.every((n) => b?.includes(n));
  if (same(admins, sec.admins?.names) && same(members, sec.members?.names)) return;
  await call(link.server, link, 'PUT', `${db}/_security`, {
    admins: { names: admins, roles: sec.admins?.roles ?? [] },
    members: { names: members, roles: sec.members?.roles ?? [] },
  });
}

/** A teacher slot about to be offered: back in every database's `_security` (after a removal). */
export async function admitSlot(link: ClassLink, slot: Slot): Promise<void> {
  for (const db of classDatabases(link)) await editSecurity(link, db, slot.user, true);
}

/** The databases a tablet slot reads: the roster and its own inbox (docs/sync.md §3.1). */
export const tabletDatabases = (link: ClassLink, user: string): string[] => [
  dbName(link.syncId, 'roster'),
  dbName(link.syncId, 'inbox', slotOf(user)),
];

/** A tablet slot about to be offered: a member (never an admin) of the roster and its own inbox. */
export async function admitTablet(link: ClassLink, slot: Slot): Promise<void> {
  for (const db of tabletDatabases(link, slot.user)) await editSecurity(link, db, slot.user, true, true);
}

/** A classroom screen slot about to be offered: a member (never an admin) of the roster, `shown` and its own inbox. */
export async function admitScreen(link: ClassLink, slot: Slot): Promise<void> {
  const screen: ClassLink = { ...link, role: 'screen', user: slot.user };
  for (const { name } of linkDatabases(screen)) await editSecurity(link, name, slot.user, true, true);
}

/**
 * The tablet (or, with `role`, screen) slots already handed out: members of their own inbox. Neither
 * says a hello yet, so a slot whose code ran out unused stays handed out until the device is removed.
 */
export async function tabletsInUse(link: ClassLink, role: 'tablet' | 'screen' = 'tablet'): Promise<string[]> {
  const out: string[] = [];
  for (const s of link.slots ?? []) {
    if (s.role !== role) continue;
    const db = dbName(link.syncId, 'inbox', slotOf(s.user));
    const sec = (await call(link.server, link, 'GET', `${db}/_security`)) as Security;
    if (sec.members?.names?.includes(s.user)) out.push(s.user);
  }
  return out;
}

/** A new password for a slot, set with its old one (CouchDB lets a user change its own). */
async function rotatePassword(link: ClassLink, slot: Slot): Promise<Slot> {
  const login = { user: slot.user, password: slot.password };
  const path = `_users/org.couchdb.user:${encodeURIComponent(slot.user)}`;
  const doc = await call(link.server, login, 'GET', path);
  const password = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(24)));
  await call(link.server, login, 'PUT', path, {
    _id: doc._id,
    _rev: doc._rev,
    name: doc.name,
    roles: doc.roles,
    type: 'user',
    password,
  });
  return { ...slot, password };
}

export type RemoveResult =
  | { ok: true; slotFree: boolean }
  | { ok: false; problem: ServerProblem | 'not-allowed' | 'failed' };

/**
 * Removes another device of the class: its login out of every class database's `_security` (from the
 * next request the server refuses it), its slot's password changed so the old one opens nothing, its
 * hello deleted, and then its slot free for a new code. If the password cannot be changed the slot is
 * retired instead: never handed out again by this device (`slotFree: false`).
 */
export async function removeDevice(classId: string, user: string): Promise<RemoveResult> {
  const link = await findLink(classId);
  const slot = link?.slots?.find((s) => s.user === user);
  if (!link || !slot || user === link.user) return { ok: false, problem: 'not-allowed' };
  try {
    for (const db of classDatabases(link)) await editSecurity(link, db, user, false);
    let fresh: Slot | undefined;
    try {
      fresh = await rotatePassword(link, slot);
    } catch (e) {
      console.error(e);
    }
    const keys = await helloKeys(link);
    const path = `${devicesDb(link)}/${await helloId(keys, user)}`;
    try {
      const { _rev } = await call(link.server, link, 'GET', path);
      await call(link.server, link, 'DELETE', `${path}?rev=${encodeURIComponent(String(_rev))}`);
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
    const now = (await findLink(classId)) ?? link;
    await saveLink({
      ...now,
      slots: now.slots?.map((s) => (s.user === user && fresh ? fresh : s)),
      pending: (now.pending ?? []).filter((p) => p.user !== user),
      retired: fresh
        ? (now.retired ?? []).filter((u) => u !== user)
        : [...new Set([...(now.retired ?? []), user])],
    } as DeviceLink);
    return { ok: true, slotFree: Boolean(fresh) };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, problem: isProblem(e) };
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}
