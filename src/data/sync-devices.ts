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

/**
 * What a link keeps besides its login: the codes out, the slots retired, a device's own hello, and
 * whether its password is its own (made by this device, known to no other: `own`), with the new one
 * kept aside while it is being changed (`nextPassword`).
 */
export type DeviceLink = ClassLink & {
  pending?: PendingOffer[];
  retired?: string[];
  hello?: OwnHello;
  own?: boolean;
  nextPassword?: string;
};

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
async function callOnce(server: string, login: Login, method: string, path: string, body?: unknown) {
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

/**
 * A request as `login`. When `login` is this device's link and the server says the password is
 * wrong, the link may have got its own password meanwhile (keepOwnPassword, in another task of this
 * tab or another tab): the request is made once more with the password the link holds now (or the
 * one it keeps aside while the change is under way).
 */
async function call(server: string, login: Login, method: string, path: string, body?: unknown) {
  try {
    return await callOnce(server, login, method, path, body);
  } catch (e) {
    const classId = (login as Partial<ClassLink>).classId;
    if (statusOf(e) !== 401 || !classId) throw e;
    const now = (await syncLinks()).find((l) => l.classId === classId) as DeviceLink | undefined;
    if (now?.user !== login.user) throw e;
    for (const password of [now.password, now.nextPassword]) {
      if (!password || password === login.password) continue;
      try {
        return await callOnce(server, { user: login.user, password }, method, path, body);
      } catch (again) {
        if (statusOf(again) !== 401) throw again;
      }
    }
    throw e;
  }
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

/**
 * Where each inbox of the class stands (its `update_seq`), read with this teacher device's login: the
 * background loop compares it with the last reading and runs a round when a screen or tablet sent
 * something (docs/sync.md §9.3). One small request per inbox; a missing inbox is left out.
 */
export async function inboxSeqs(classId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const link = await findLink(classId);
  if (!link) return out;
  for (const slot of (link.slots ?? []).filter((s) => s.role !== 'teacher')) {
    const db = inboxOf(link, slot.user);
    try {
      const info = await call(link.server, link, 'GET', db);
      out.set(db, JSON.stringify(info.update_seq ?? null));
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
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
  await keepOwnPassword(classId).catch((e: unknown) => console.error(e));
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

/** A database's `_security`, read with this teacher device's login; undefined when the database is missing. */
async function readSecurity(link: ClassLink, db: string): Promise<Security | undefined> {
  try {
    return (await call(link.server, link, 'GET', `${db}/_security`)) as Security;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
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
  const sec = await readSecurity(link, db);
  if (!sec) return;
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

const userDoc = (user: string) => `_users/org.couchdb.user:${encodeURIComponent(user)}`;
const newPassword = (): string => toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(24)));

/** Gives a login a new password, logged in with its current one (CouchDB lets a user change its own). */
async function setPassword(server: string, login: Login, password: string): Promise<void> {
  const doc = await call(server, login, 'GET', userDoc(login.user));
  await call(server, login, 'PUT', userDoc(login.user), {
    _id: doc._id,
    _rev: doc._rev,
    name: doc.name,
    roles: doc.roles,
    type: 'user',
    password,
  });
}

/** Whether a login's password is right: false when the server refuses it (401, 403). */
async function opens(server: string, login: Login): Promise<boolean> {
  try {
    await call(server, login, 'GET', userDoc(login.user));
    return true;
  } catch (e) {
    if (statusOf(e) === 401 || statusOf(e) === 403) return false;
    throw e;
  }
}

/** Whether a slot's password, as the class's slot list has it, still opens its login. */
export const slotOpens = (link: ClassLink, slot: Slot): Promise<boolean> =>
  opens(link.server, { user: slot.user, password: slot.password });

/** A new password for a slot, set with its old one. */
async function rotatePassword(link: ClassLink, slot: Slot): Promise<Slot> {
  const password = newPassword();
  await setPassword(link.server, slot, password);
  return { ...slot, password };
}

// --- This device's own password (docs/sync.md §7) ---------------------------------------------------

const linkOf = async (classId: string) =>
  (await syncLinks()).find((l) => l.classId === classId) as DeviceLink | undefined;

/** Notes `password` as this device's own in its link, and forgets the one kept aside. */
async function keepPassword(classId: string, password: string): Promise<void> {
  const now = await linkOf(classId);
  if (!now) return;
  const { nextPassword: _aside, ...rest } = now;
  await saveLink({ ...rest, password, own: true } as DeviceLink);
}

/**
 * Whether the new password this device kept aside before changing its own opens the server (a tab
 * closed between the server's change and the link's); then it is noted as the device's password.
 * Run inside the class's lock (a refused round, keepOwnPassword).
 */
export async function settlePassword(classId: string): Promise<boolean> {
  const link = await linkOf(classId);
  if (!link?.nextPassword) return false;
  if (!(await opens(link.server, { user: link.user, password: link.nextPassword }))) return false;
  await keepPassword(classId, link.nextPassword);
  return true;
}

/**
 * This device's password, known to it alone (docs/sync.md §7). Right after a device joins, and on a
 * device connected before this existed after its next good round, it changes its slot's password
 * (handed over in the code, or read from the connection file, and kept in the class's slot list) to
 * one it makes itself and keeps only in its own link. Whoever saw the code, the file or the slot list
 * (a teacher device removed later, too) then knows no password that opens this device's login. The
 * new password is kept aside in the link before the server is asked, so a tab closed half-way loses
 * no login. Runs in the class's lock: no round of this device uses the old password meanwhile.
 * Answers whether the password is now this device's own.
 */
export async function keepOwnPassword(classId: string): Promise<boolean> {
  if ((await linkOf(classId))?.own) return true;
  const { withClassLock } = await import('./sync-class');
  return withClassLock(classId, async () => {
    const link = await linkOf(classId);
    if (!link) return false;
    if (link.own || (await settlePassword(classId))) return true;
    const next = newPassword();
    await saveLink({ ...link, nextPassword: next } as DeviceLink);
    try {
      await setPassword(link.server, link, next);
    } catch (e) {
      // The server may have taken it and only the answer was lost.
      if (await settlePassword(classId).catch(() => false)) return true;
      console.error(e);
      return false;
    }
    await keepPassword(classId, next);
    return true;
  });
}

export interface CutDevice {
  user: string;
  role: SlotRole;
  label?: string;
}

export type RemoveResult =
  | {
      ok: true;
      slotFree: boolean;
      /**
       * A teacher device removed: the devices of the class that were still on a password it knew
       * (joined before devices kept their own) and now have to be paired again; `label` from their
       * hello, if they said one.
       */
      cut?: CutDevice[];
    }
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

/** Deletes a teacher device's hello from `devices`; already gone is fine. */
async function deleteTeacherHello(link: ClassLink, user: string): Promise<void> {
  const path = `${devicesDb(link)}/${await helloId(await helloKeys(link), user)}`;
  try {
    const { _rev } = await call(link.server, link, 'GET', path);
    await call(link.server, link, 'DELETE', `${path}?rev=${encodeURIComponent(String(_rev))}`);
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
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
  // This device's own password first: a teacher device being removed may know the one it had.
  if (!(await keepOwnPassword(classId).catch(() => false))) console.warn('Own password not changed.');
  link = (await findLink(classId)) ?? link;
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
    // A device that keeps its own password (every device since docs/sync.md §7's change) leaves a slot
    // no other device can open again: retired. One still on the list's password gets a new one.
    let fresh: Slot | undefined;
    try {
      if (await slotOpens(link, slot)) fresh = await rotatePassword(link, slot);
    } catch (e) {
      console.error(e);
    }
    if (slot.role === 'teacher') await deleteTeacherHello(link, user);
    else await deleteInboxHellos(link, user);
    await changeSlots(link, (s) => ({
      slots: s.slots.map((x) => (x.user === user && fresh ? fresh : x)),
      pending: s.pending.filter((p) => p.user !== user),
      retired: fresh ? s.retired.filter((u) => u !== user) : [...new Set([...s.retired, user])],
    }));
    if (slot.role !== 'teacher') return { ok: true, slotFree: Boolean(fresh) };
    const cut = await cutOff(link, user);
    return { ok: true, slotFree: Boolean(fresh), cut };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, problem: isProblem(e) };
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}

/**
 * After a teacher device is removed (docs/sync.md §7): nothing it knew opens the class any more. It
 * had read the class's slot list, so it knew every password in it. Each slot whose listed password
 * still opens its login gets a new one (a free slot, or a device that joined before devices kept
 * their own passwords: that device is cut off and named in the answer, to be paired again); a slot
 * that no longer opens and shows no device (no hello, not a member of its inbox) leaves every
 * database and is retired, since only the removed device may know its password now. Every code out
 * is withdrawn (it was sealed with a password the removed device knew), the free teacher slots leave
 * `_security` until one is offered (setup.sh made them admins), and no database lets a role in.
 * Devices that keep their own password are untouched.
 */
async function cutOff(link: DeviceLink, removed: string): Promise<CutDevice[]> {
  const found = await readSlotsDoc(link);
  const state = found?.state ?? slotsOfLink(link);
  for (const p of state.pending) await deletePairingDoc(link, p.docId);
  const teachers = await readHellos(link);
  const others = (await readInboxHellos({ ...link, slots: state.slots })).map((h) => h.hello);
  const labelOf = new Map([...teachers, ...others].map((h) => [h.user, h.label]));
  const inboxMembers = new Set(
    (await tabletsInUse({ ...link, slots: state.slots }, 'tablet')).concat(
      await tabletsInUse({ ...link, slots: state.slots }, 'screen'),
    ),
  );
  const offered = new Set(state.pending.map((p) => p.user));
  const fresh = new Map<string, Slot>();
  const retire: string[] = [];
  const cut: CutDevice[] = [];
  for (const slot of state.slots) {
    if (slot.user === link.user || slot.user === removed || state.retired.includes(slot.user)) continue;
    // A slot a code was out for (now withdrawn) and no hello came from is no device.
    const seen = labelOf.has(slot.user) || (inboxMembers.has(slot.user) && !offered.has(slot.user));
    if (await slotOpens(link, slot)) {
      fresh.set(slot.user, await rotatePassword(link, slot));
      if (seen) cut.push({ user: slot.user, role: slot.role, label: labelOf.get(slot.user) });
    } else if (!seen) retire.push(slot.user);
    else continue;
    // Free now (or retired): in no database until a code is offered for it.
    const dbs = slot.role === 'teacher' ? classDatabases(link) : tabletDatabases(link, slot.user, slot.role);
    for (const db of dbs) await editSecurity(link, db, slot.user, false);
    if (!seen) continue;
    if (slot.role === 'teacher') await deleteTeacherHello(link, slot.user);
    else await deleteInboxHellos({ ...link, slots: state.slots }, slot.user);
  }
  for (const db of classDatabases({ ...link, slots: state.slots })) await dropRoles(link, db);
  await changeSlots(link, (s) => ({
    slots: s.slots.map((x) => fresh.get(x.user) ?? x),
    pending: [],
    retired: [...new Set([...s.retired, ...retire])],
  }));
  return cut;
}

/** Takes any role out of a database's `_security` (setup.sh lets names in, never roles). */
async function dropRoles(link: ClassLink, db: string): Promise<void> {
  const sec = await readSecurity(link, db);
  if (!sec) return;
  if (!sec.admins?.roles?.length && !sec.members?.roles?.length) return;
  await call(link.server, link, 'PUT', `${db}/_security`, {
    admins: { names: sec.admins?.names ?? [], roles: [] },
    members: { names: sec.members?.names ?? [], roles: [] },
  });
}
