// The devices of a connected class (docs/sync.md §6.2, §7, §13 steps 9 and 11): each teacher device's
// encrypted `hello` in the class's `devices` database, each screen's and tablet's in its own inbox
// (written on joining, `lastSeen` at most once a day after a round), the list a teacher device shows,
// the class's slots shared by its teacher devices (one encrypted document in `devices`), the slots'
// membership of the class databases' `_security`, codes that ran out unused swept, and removing a
// device: its waiting words taken first, out of `_security`, its slot's password changed, its hello
// deleted, and only then its slot free. Plain fetch with the device's own login; loaded with import()
// from the settings screen's sharing section.

import type { TableName } from '../domain/backup/format';
import type { Slot, SlotRole } from '../domain/sync/connection';
import {
  type ClassSlots,
  type Hello,
  type PendingOffer,
  platformFamily,
  readClassSlots,
  seenToday,
  slotNumber,
} from '../domain/sync/devices';
import { dbName, type SyncPayload, toBase64Url } from '../domain/sync/format';
import { type DbKeys, dbKeysFromClass, docId, sealDoc } from '../sync/crypto';
import {
  dayOf,
  helloId,
  openHello,
  openPlain,
  readInboxHello,
  sealHello,
  sealHelloGone,
  sealInboxHello,
} from '../sync/hello';
import { PAIRING_DB } from '../sync/pairing-crypto';
import { type ClassLink, classKeysOf, linkDatabases, linkKeys, slotOf } from '../sync/session';
import type { PouchSetup, ServerProblem } from './sync-connect';
import { serverProblem } from './sync-connect';
import { saveLink, syncLinks } from './sync-links';

/** A screen's or tablet's own hello as it last wrote it (so the loop can write the next day's). */
export interface OwnHello {
  label: string;
  platform: string;
  joinedAt: number;
  day: string;
}

/** What a link keeps besides its login: the codes out, the slots retired, a device's own hello. */
export type DeviceLink = ClassLink & { pending?: PendingOffer[]; retired?: string[]; hello?: OwnHello };

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

/** A connected teacher link of the class (holding the class keys), as stored now. */
async function findLink(classId: string): Promise<DeviceLink | undefined> {
  const link = (await syncLinks()).find((l) => l.classId === classId);
  return link?.role === 'teacher' && link.keys.kind === 'class' ? link : undefined;
}

/** The inbox of a screen's or tablet's slot. */
export const inboxOf = (link: ClassLink, user: string): string => dbName(link.syncId, 'inbox', slotOf(user));

/** Every readable hello of the class's teacher devices. One that does not open is left out (and alone). */
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
      // Not ours to judge here: the class's slot list, another epoch, or tampered with. No device.
    }
  }
  return out.sort((a, b) => a.joinedAt - b.joinedAt);
}

/** A screen's or tablet's hello as a teacher device reads it, with the documents it is kept in. */
export interface InboxHello {
  hello: Hello;
  /** One document per day the device was seen: the newest says `lastSeen`, the rest may go. */
  docs: { id: string; rev: string; key: string; lastSeen: number }[];
}

/** The hellos in every screen's and tablet's inbox of the class (a missing inbox says none). */
export async function readInboxHellos(link: ClassLink): Promise<InboxHello[]> {
  const out: InboxHello[] = [];
  for (const slot of (link.slots ?? []).filter((s) => s.role !== 'teacher')) {
    const db = inboxOf(link, slot.user);
    let all: Record<string, unknown>;
    try {
      all = await call(link.server, link, 'GET', `${db}/_all_docs?include_docs=true`);
    } catch (e) {
      if (statusOf(e) === 404) continue;
      throw e;
    }
    const keys = await dbKeysFromClass(classKeysOf(link), db, link.epoch);
    const rows = Array.isArray(all.rows) ? (all.rows as { doc?: Record<string, unknown> }[]) : [];
    let found: InboxHello | undefined;
    for (const { doc } of rows) {
      if (!doc || String(doc._id).startsWith('_design/')) continue;
      const read = await readInboxHello(keys, doc, slot.user);
      // The device's own words for its role: a tablet slot's inbox holds a tablet's hello.
      if (!read || read.hello.role !== slot.role) continue;
      const entry = {
        id: String(doc._id),
        rev: String(doc._rev),
        key: read.key,
        lastSeen: read.hello.lastSeen,
      };
      if (!found) found = { hello: read.hello, docs: [entry] };
      else {
        found.docs.push(entry);
        const h = found.hello;
        const newest = read.hello.lastSeen > h.lastSeen ? read.hello : h;
        found.hello = { ...newest, joinedAt: Math.min(h.joinedAt, read.hello.joinedAt) };
      }
    }
    if (found) out.push(found);
  }
  return out;
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

/**
 * A screen's or tablet's hello (docs/sync.md §6.2), role-generic: written in its own inbox, sealed
 * with the inbox's keys like every document there. The inbox only lets the device add documents, so
 * a day it is seen again means one more small document (keyed by its login and the day); the
 * teacher device deletes the older ones. At most one a day: the link remembers the last one.
 * Without `naming`, only a device that has said hello before writes (with the label it chose then).
 */
export async function writeInboxHello(
  link: DeviceLink,
  naming?: Naming,
  now = Date.now(),
): Promise<Hello | undefined> {
  if (link.role === 'teacher') return undefined;
  const day = dayOf(now);
  const own = link.hello;
  const label = own?.label ?? naming?.labelFor(link.role, slotNumber(link.user));
  if (!label) return undefined;
  const hello: Hello = {
    user: link.user,
    role: link.role,
    label,
    platform: own?.platform ?? naming?.platform ?? '',
    joinedAt: own?.joinedAt ?? now,
    lastSeen: now,
  };
  if (own?.day === day) return { ...hello, lastSeen: now };
  const keys = (await linkKeys(link)).find((k) => k.kind === 'inbox')?.keys;
  if (!keys) return undefined;
  const doc = await sealInboxHello(keys, hello, day);
  try {
    await call(link.server, link, 'PUT', `${keys.db}/${doc._id}`, doc);
  } catch (e) {
    // Written before today (another tab): as good as written now.
    if (statusOf(e) !== 409) throw e;
  }
  const now2 = (await syncLinks()).find((l) => l.classId === link.classId) ?? link;
  await saveLink({
    ...now2,
    hello: { label, platform: hello.platform, joinedAt: hello.joinedAt, day },
  } as DeviceLink);
  return hello;
}

/** After a good round: this device's hello (teacher, screen or tablet), if a day has passed. Quiet. */
export async function touchHello(classId: string, naming: Naming = defaultNaming()): Promise<void> {
  const any = (await syncLinks()).find((l) => l.classId === classId);
  if (any && any.role !== 'teacher') {
    await writeInboxHello(any, naming).catch((e: unknown) => console.error(e));
    return;
  }
  const link = await findLink(classId);
  if (!link) return;
  await writeHello(link, naming).catch((e: unknown) => console.error(e));
  // A co-teacher's device learns the class's slots (and a changed password) after its rounds too.
  await refreshSlots(link).catch((e: unknown) => console.error(e));
}

/** The same for a screen or tablet after the background loop's good rounds: no new label, ever. */
export async function touchInboxHello(classId: string): Promise<void> {
  const link = (await syncLinks()).find((l) => l.classId === classId) as DeviceLink | undefined;
  if (link?.role !== 'teacher' && link?.hello)
    await writeInboxHello(link).catch((e: unknown) => console.error(e));
}

// --- The class's slots, shared by its teacher devices (docs/sync.md §6.2) -----------------------------

const SLOTS = 'slots' as TableName;

async function slotsDocId(keys: DbKeys): Promise<string> {
  return docId(keys.id, SLOTS, SLOTS);
}

/** What this link holds about the slots (its copy of the shared list, or the file's). */
const slotsOfLink = (link: DeviceLink): ClassSlots => ({
  slots: link.slots ?? [],
  retired: link.retired ?? [],
  pending: link.pending ?? [],
});

/** The shared slot list on the server and its revision; undefined when no device has written it yet. */
async function readSlotsDoc(link: ClassLink): Promise<{ state: ClassSlots; rev: string } | undefined> {
  const keys = await helloKeys(link);
  let doc: Record<string, unknown>;
  try {
    doc = await call(link.server, link, 'GET', `${devicesDb(link)}/${await slotsDocId(keys)}`);
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
  const { _rev, ...plain } = doc;
  const opened = await openPlain(keys, plain);
  const state = opened.t === SLOTS && opened.r ? readClassSlots(opened.r) : null;
  // Not a slot list this device can trust: as if none were there (the file's copy still counts).
  if (!state) return undefined;
  return { state, rev: String(_rev) };
}

async function keepInLink(classId: string, state: ClassSlots): Promise<DeviceLink | undefined> {
  const now = await findLink(classId);
  if (!now) return undefined;
  const next: DeviceLink = { ...now, slots: state.slots, retired: state.retired, pending: state.pending };
  await saveLink(next);
  return next;
}

/** Thrown by a change that finds nothing to change (no slot free): nothing is written. */
export class NoChange extends Error {}

/**
 * Changes the class's shared slot list: read, changed, written with the revision read, and again
 * when another teacher device wrote in between (409), so two devices never hand out the same slot.
 * The new list is kept in this device's link too. Throws NoChange (from `change`) untouched.
 */
export async function changeSlots(
  link: DeviceLink,
  change: (s: ClassSlots) => ClassSlots,
): Promise<ClassSlots> {
  const keys = await helloKeys(link);
  const path = `${devicesDb(link)}/${await slotsDocId(keys)}`;
  for (let attempt = 0; ; attempt++) {
    const found = await readSlotsDoc(link);
    const base = found?.state ?? slotsOfLink((await findLink(link.classId)) ?? link);
    if (!base.slots.length) throw new NoChange('This device knows no slots of the class.');
    const next = change(base);
    const doc = await sealDoc(keys, { t: SLOTS, r: { id: SLOTS, ...next } } as unknown as SyncPayload);
    try {
      await call(link.server, link, 'PUT', path, found ? { ...doc, _rev: found.rev } : doc);
    } catch (e) {
      if (statusOf(e) === 409 && attempt < 4) continue;
      throw e;
    }
    await keepInLink(link.classId, next);
    return next;
  }
}

/**
 * The class's slots as the server's shared list has them, kept in this link: how a co-teacher's
 * device, paired by code, learns them. A device with the file's slots and no list on the server yet
 * writes it. Answers the link as now stored.
 */
export async function refreshSlots(link: DeviceLink): Promise<DeviceLink> {
  const found = await readSlotsDoc(link);
  if (found) return (await keepInLink(link.classId, found.state)) ?? link;
  if (link.slots?.length) await changeSlots(link, (s) => s);
  return (await findLink(link.classId)) ?? link;
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

/** The databases a screen or tablet slot reads: the roster, `shown` for a screen, and its own inbox. */
export const tabletDatabases = (link: ClassLink, user: string, role: SlotRole = 'tablet'): string[] => [
  dbName(link.syncId, 'roster'),
  ...(role === 'screen' ? [dbName(link.syncId, 'shown')] : []),
  inboxOf(link, user),
];

/** A tablet (or screen) slot about to be offered: a member (never an admin) of its databases. */
export async function admitTablet(link: ClassLink, slot: Slot): Promise<void> {
  for (const db of tabletDatabases(link, slot.user, slot.role))
    await editSecurity(link, db, slot.user, true, true);
}

/** A classroom screen slot about to be offered: a member (never an admin) of the roster, `shown` and its own inbox. */
export async function admitScreen(link: ClassLink, slot: Slot): Promise<void> {
  const screen: ClassLink = { ...link, role: 'screen', user: slot.user };
  for (const { name } of linkDatabases(screen)) await editSecurity(link, name, slot.user, true, true);
}

/**
 * The screen or tablet slots of a role already handed out: members of their own inbox (a device
 * that joined may not have said hello yet). A slot whose code ran out unused leaves it when swept.
 */
export async function tabletsInUse(link: ClassLink, role: SlotRole = 'tablet'): Promise<string[]> {
  const out: string[] = [];
  for (const s of link.slots ?? []) {
    if (s.role !== role) continue;
    const sec = (await call(link.server, link, 'GET', `${inboxOf(link, s.user)}/_security`)) as Security;
    if (sec.members?.names?.includes(s.user)) out.push(s.user);
  }
  return out;
}

/** Deletes a pairing document (a code's) with this teacher device's login; already gone is fine. */
export async function deletePairingDoc(link: ClassLink, id: string): Promise<void> {
  const path = `${PAIRING_DB}/${id}`;
  try {
    const { _rev } = await call(link.server, link, 'GET', path);
    await call(link.server, link, 'DELETE', `${path}?rev=${encodeURIComponent(String(_rev))}`);
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
  }
}

/**
 * Codes that ran out (docs/sync.md §6.2): a slot whose code expired with no hello is free again. Its
 * pairing document is deleted from `dk-pairing` and a screen's or tablet's slot is taken out of
 * `_security` again, whether or not the offering screen was still open. Run by a teacher device when
 * it offers a code and when it lists the class's devices. Answers the link as now stored.
 */
export async function sweepOffers(link: DeviceLink, now = Date.now()): Promise<DeviceLink> {
  const found = await readSlotsDoc(link);
  const state = found?.state ?? slotsOfLink(link);
  const ran = state.pending.filter((p) => p.exp <= now);
  if (!ran.length) return link;
  const said = new Set([
    ...(await readHellos(link)).map((h) => h.user),
    ...(await readInboxHellos({ ...link, slots: state.slots })).map((h) => h.hello.user),
  ]);
  for (const p of ran) {
    const live = state.pending.some((o) => o.user === p.user && o.exp > now && !o.withdrawn);
    if (said.has(p.user) || live) continue;
    await deletePairingDoc(link, p.docId);
    const slot = state.slots.find((s) => s.user === p.user);
    if (slot && slot.role !== 'teacher')
      for (const db of tabletDatabases(link, slot.user, slot.role))
        await editSecurity(link, db, slot.user, false);
  }
  const gone = new Set(ran.map((p) => p.docId));
  try {
    await changeSlots(link, (s) => ({ ...s, pending: s.pending.filter((p) => !gone.has(p.docId)) }));
  } catch (e) {
    if (!(e instanceof NoChange)) throw e;
  }
  return (await findLink(link.classId)) ?? link;
}

export interface DeviceList {
  /** Teacher devices (from `devices`), then screens and tablets (from their inboxes), by joining. */
  devices: Hello[];
  /** This device's login: the list marks it «Denne maskinen». */
  own: string;
  /** A device that knows the class's slots (from the file, or the shared list) removes devices. */
  canRemove: boolean;
}
export type ListResult = { ok: true; list: DeviceList } | { ok: false; problem: ServerProblem | 'failed' };

export async function listDevices(classId: string): Promise<ListResult> {
  let link = await findLink(classId);
  if (!link) return { ok: false, problem: 'failed' };
  try {
    link = await refreshSlots(link);
    link = await sweepOffers(link);
    const teachers = await readHellos(link);
    const others = (await readInboxHellos(link)).map((h) => h.hello);
    const devices = [...teachers, ...others].sort((a, b) => a.joinedAt - b.joinedAt);
    return { ok: true, list: { devices, own: link.user, canRemove: Boolean(link.slots?.length) } };
  } catch (e) {
    return { ok: false, problem: isProblem(e) };
  }
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

/** Deletes every hello a screen or tablet wrote in its inbox (sealed, so its pull reads them). */
async function deleteInboxHellos(link: ClassLink, user: string): Promise<void> {
  const found = (await readInboxHellos(link)).find((h) => h.hello.user === user);
  if (!found) return;
  const db = inboxOf(link, user);
  const keys = await dbKeysFromClass(classKeysOf(link), db, link.epoch);
  for (const d of found.docs) {
    const gone = await sealHelloGone(keys, d.key);
    await call(link.server, link, 'PUT', `${db}/${d.id}`, { ...gone, _rev: d.rev });
  }
}

/**
 * Removes another device of the class: for a screen or tablet, one round first, so the pupils' words
 * waiting in its inbox are taken and no one's words are lost (a failed round removes nothing); then
 * its login out of every class database's `_security` (from the next request the server refuses it),
 * its slot's password changed so the old one opens nothing, its hello deleted, and then its slot free
 * for a new code. If the password cannot be changed the slot is retired instead: never handed out
 * again (`slotFree: false`). `pouch` is the tests' PouchDB for that round.
 */
export async function removeDevice(classId: string, user: string, pouch?: PouchSetup): Promise<RemoveResult> {
  let link = await findLink(classId);
  if (!link || user === link.user) return { ok: false, problem: 'not-allowed' };
  try {
    // The slot's password as the class's shared list has it now (another teacher device may have changed it).
    link = await refreshSlots(link);
    const slot = link.slots?.find((s) => s.user === user);
    if (!slot) return { ok: false, problem: 'not-allowed' };
    if (slot.role !== 'teacher') {
      const { syncClass } = await import('./sync-class');
      const round = await syncClass(classId, pouch);
      if (!round.ok) return { ok: false, problem: round.problem };
    }
    for (const db of classDatabases(link)) await editSecurity(link, db, user, false);
    let fresh: Slot | undefined;
    try {
      fresh = await rotatePassword(link, slot);
    } catch (e) {
      console.error(e);
    }
    if (slot.role === 'teacher') {
      const keys = await helloKeys(link);
      const path = `${devicesDb(link)}/${await helloId(keys, user)}`;
      try {
        const { _rev } = await call(link.server, link, 'GET', path);
        await call(link.server, link, 'DELETE', `${path}?rev=${encodeURIComponent(String(_rev))}`);
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    } else await deleteInboxHellos(link, user);
    await changeSlots(link, (s) => ({
      slots: s.slots.map((x) => (x.user === user && fresh ? fresh : x)),
      pending: s.pending.filter((p) => p.user !== user),
      retired: fresh ? s.retired.filter((u) => u !== user) : [...new Set([...s.retired, user])],
    }));
    return { ok: true, slotFree: Boolean(fresh) };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, problem: isProblem(e) };
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}
