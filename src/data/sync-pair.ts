// Pairing another teacher device by a typed code (docs/sync.md §6.2, §13 step 9). The connected
// device offers: a free teacher slot's bundle, sealed under a new 12-character code, is put into the
// server's `dk-pairing` with this device's login. The other device joins: the code names and opens
// that one document (read with the public pairing login), the link is stored, one round brings the
// class, and the device says hello (src/data/sync-devices.ts) so the offering device sees the code used. Loaded with import() from the settings screen's sharing section, never on a first visit.
// Every failure comes back as a named problem, and a failed join stores nothing.

import type { PouchDatabase, PouchDoc } from 'pouchdb-core';
import type { Slot } from '../domain/sync/connection';
import { type Hello, type PendingOffer, pickSlot } from '../domain/sync/devices';
import { normalizePairingCode, PAIRING_TTL_MS, pairingCodeFrom } from '../domain/sync/pairing';
import { SyncCryptoError } from '../sync/crypto';
import {
  openBundle,
  PAIRING_DB,
  PAIRING_ITERATIONS,
  PAIRING_LOGIN,
  pairingSecret,
  sealBundle,
} from '../sync/pairing-crypto';
import { bundleFor, type ClassLink, linkFromBundle } from '../sync/session';
import { getClass } from './classes';
import { DEVICE_CLASS_POINTERS } from './registry';
import { getSetting, setSetting } from './settings';
import { BROWSER_POUCH, syncClass } from './sync-class';
import { type PouchSetup, type ServerProblem, serverProblem } from './sync-connect';
import {
  admitScreen,
  admitSlot,
  admitTablet,
  changeSlots,
  type DeviceLink,
  defaultNaming,
  keepOwnPassword,
  type Naming,
  NoChange,
  readHellos,
  readInboxHellos,
  refreshSlots,
  slotOpens,
  sweepOffers,
  tabletsInUse,
  writeHello,
  writeInboxHello,
} from './sync-devices';
import {
  canPairScreens,
  canPairTablets,
  canPairTeachers,
  removeLink,
  saveLink,
  syncLinks,
} from './sync-links';

/** What the tests change: their PouchDB (memory mirrors), fewer PBKDF2 rounds. */
export interface PairSetup {
  pouch: PouchSetup;
  iterations: number;
}
const BROWSER: PairSetup = { pouch: BROWSER_POUCH, iterations: PAIRING_ITERATIONS };

function pairingDb(setup: PairSetup, server: string, login: { username: string; password: string }) {
  return new setup.pouch.Pouch(`${server}/${PAIRING_DB}`, { adapter: 'http', skip_setup: true, auth: login });
}

const statusOf = (e: unknown): number =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number'
    ? (e as { status: number }).status
    : 0;

// --- Offering: the connected teacher device -------------------------------------------------------

/** A code on show. `docId` names its pairing document, so it can be withdrawn without the code. */
export interface PairingOffer {
  classId: string;
  /** As made: `K7QM-2XD9-HNC4` (the screen groups it as it likes). */
  code: string;
  expiresAt: number;
  docId: string;
  /** The slot's login the code hands out: its hello says the code was used. */
  user: string;
}

/**
 * `no-slot`: this device cannot pair a teacher device for the class (not connected with the file);
 * `slots-full`: every teacher slot is in use or has a code out (`teacherSlots` says how many there are).
 */
export type OfferProblem = ServerProblem | 'no-slot' | 'slots-full' | 'failed';
export type OfferResult =
  | { ok: true; offer: PairingOffer }
  | { ok: false; problem: OfferProblem; teacherSlots?: number };

const findLink = async (classId: string): Promise<DeviceLink | undefined> =>
  (await syncLinks()).find((l) => l.classId === classId);

/**
 * Syncs the class once, picks a teacher slot no device and no open code uses, makes a code for it and
 * puts its sealed bundle on the server. This device says hello too, so the device list has it.
 */
export function offerPairing(
  classId: string,
  setup: PairSetup = BROWSER,
  naming: Naming = defaultNaming(),
): Promise<OfferResult> {
  return offerSlot(classId, 'teacher', setup, naming);
}

/**
 * The same for a pupil tablet: a free tablet slot, made a member (never an admin) of the roster and
 * its own inbox before its code is shown. `teacherSlots` in a `slots-full` answer counts tablet slots.
 */
export function offerTabletPairing(
  classId: string,
  setup: PairSetup = BROWSER,
  naming: Naming = defaultNaming(),
): Promise<OfferResult> {
  return offerSlot(classId, 'tablet', setup, naming);
}

/**
 * The same for a classroom screen (docs/sync.md §5): a free screen slot, made a member (never an
 * admin) of the roster, `shown` and its own inbox. `teacherSlots` in `slots-full` counts screen slots.
 */
export function offerScreenPairing(
  classId: string,
  setup: PairSetup = BROWSER,
  naming: Naming = defaultNaming(),
): Promise<OfferResult> {
  return offerSlot(classId, 'screen', setup, naming);
}

const CAN_PAIR = { teacher: canPairTeachers, tablet: canPairTablets, screen: canPairScreens };
const ADMIT = { teacher: admitSlot, tablet: admitTablet, screen: admitScreen };

async function offerSlot(
  classId: string,
  role: 'teacher' | 'tablet' | 'screen',
  setup: PairSetup,
  naming: Naming,
): Promise<OfferResult> {
  let link = await findLink(classId);
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return { ok: false, problem: 'no-slot' };
  // A co-teacher's device learns the class's slots from the shared list first (docs/sync.md §6.2).
  try {
    link = await refreshSlots(link);
  } catch (e) {
    return { ok: false, problem: serverProblem(e).problem };
  }
  if (!CAN_PAIR[role](link)) return { ok: false, problem: 'no-slot' };
  // The server gets the class as it is now first: connected while offline, it may hold nothing yet,
  // and the other device would join an empty class.
  const round = await syncClass(classId, setup.pouch);
  if (!round.ok) return { ok: false, problem: round.problem };
  // As stored after the round: just after connecting, the device may have made its own password (§7).
  link = (await findLink(classId)) ?? link;
  // The code and its document's name first: the slot is then taken and its code noted in one write.
  const code = pairingCodeFrom(globalThis.crypto.getRandomValues(new Uint8Array(12)));
  const secret = await pairingSecret(code, setup.iterations);
  if (!secret) return { ok: false, problem: 'failed' };
  let slot: Slot | undefined;
  const exp = Date.now() + PAIRING_TTL_MS;
  try {
    await writeHello(link, naming);
    link = await sweepOffers(link);
    const hellos =
      role === 'teacher' ? (await readHellos(link)).map((h) => h.user) : await tabletsInUse(link, role);
    const own = link.user;
    await changeSlots(link, (s) => {
      const now = Date.now();
      slot = pickSlot(role, s.slots, own, { hellos, pending: s.pending, retired: s.retired }, now);
      if (!slot) throw new NoChange('slots-full');
      return {
        ...s,
        // Codes that ran out stay listed until a sweep has tidied after them.
        pending: [...s.pending, { user: slot.user, docId: secret.docId, exp }],
      };
    });
  } catch (e) {
    if (e instanceof NoChange) {
      const teacherSlots = (link.slots ?? []).filter((s) => s.role === role).length;
      return { ok: false, problem: 'slots-full', teacherSlots };
    }
    return { ok: false, problem: serverProblem(e).problem };
  }
  const picked = slot as Slot;
  try {
    // A slot whose listed password no longer opens it (its device made its own and then lost its
    // hello, or a removed device changed it) cannot be handed out: retired, and the next one tried.
    if (!(await slotOpens(link, picked))) {
      await changeSlots(link, (s) => ({
        ...s,
        pending: s.pending.filter((p) => p.docId !== secret.docId),
        retired: [...new Set([...s.retired, picked.user])],
      }));
      return offerSlot(classId, role, setup, naming);
    }
    // A slot freed by a removal is out of the databases' `_security`: back in before it is handed out.
    // A tablet's slot becomes a member of the roster and its own inbox only, a screen's of the roster,
    // `shown` and its own inbox (docs/sync.md §3.1).
    await ADMIT[role](link, picked);
    const bundle = { ...(await bundleFor(link, picked, Date.now())), exp };
    const doc = await sealBundle(secret, bundle);
    const remote = pairingDb(setup, link.server, { username: link.user, password: link.password });
    try {
      await remote.put({ ...doc });
    } finally {
      await remote.close();
    }
    return { ok: true, offer: { classId, code, expiresAt: exp, docId: secret.docId, user: picked.user } };
  } catch (e) {
    // No code out after all: its slot is not held (a tablet's leaves `_security` when swept).
    await setPending(link, (p) =>
      p.map((o) => (o.docId === secret.docId ? { ...o, withdrawn: true } : o)),
    ).catch(() => {});
    if (e instanceof SyncCryptoError) return { ok: false, problem: 'failed' };
    const problem = serverProblem(e).problem;
    console.error(e);
    return { ok: false, problem };
  }
}

/** Changes the codes out in the class's shared slot list (and this link). */
async function setPending(link: DeviceLink, change: (p: PendingOffer[]) => PendingOffer[]): Promise<void> {
  await changeSlots(link, (s) => ({ ...s, pending: change(s.pending) }));
}

/**
 * Deletes an offer's pairing document (cancelled, expired). Without contact it stays until it expires
 * and a later sweep deletes it. The code is marked withdrawn: its slot is free for a new code, and a
 * tablet's slot leaves `_security` when its expiry is swept with no hello (docs/sync.md §6.2).
 */
export async function withdrawPairing(offer: PairingOffer, setup: PairSetup = BROWSER): Promise<boolean> {
  const link = await findLink(offer.classId);
  if (!link) return false;
  const remote = pairingDb(setup, link.server, { username: link.user, password: link.password });
  const gone = await removeDoc(remote, offer.docId).finally(() => remote.close());
  if (gone)
    await setPending(link, (p) =>
      p.map((o) => (o.docId === offer.docId ? { ...o, withdrawn: true } : o)),
    ).catch((e: unknown) => console.error(e));
  return gone;
}

/**
 * Whether the device the code was for has said hello (then the code is used: its document is deleted
 * and the slot is the new device's). A teacher device's hello is in `devices`, a screen's or tablet's
 * in its inbox. `waiting` also when the server cannot be asked just now.
 */
export async function offerState(
  offer: PairingOffer,
  setup: PairSetup = BROWSER,
): Promise<{ joined: Hello } | { waiting: true }> {
  const link = await findLink(offer.classId);
  if (!link) return { waiting: true };
  let hello: Hello | undefined;
  try {
    const tablet = link.slots?.find((s) => s.user === offer.user && s.role !== 'teacher');
    hello = tablet
      ? (await readInboxHellos({ ...link, slots: [tablet] })).find((h) => h.hello.user === offer.user)?.hello
      : (await readHellos(link)).find((h) => h.user === offer.user);
  } catch {
    return { waiting: true };
  }
  if (!hello) return { waiting: true };
  const remote = pairingDb(setup, link.server, { username: link.user, password: link.password });
  await removeDoc(remote, offer.docId).finally(() => remote.close());
  await setPending(link, (p) => p.filter((o) => o.docId !== offer.docId)).catch((e: unknown) =>
    console.error(e),
  );
  return { joined: hello };
}

async function removeDoc(remote: PouchDatabase, docId: string): Promise<boolean> {
  try {
    const { _rev } = await remote.get(docId);
    await remote.put({ _id: docId, _rev, _deleted: true });
    return true;
  } catch (e) {
    // Already gone is what was wanted.
    return statusOf(e) === 404;
  }
}

const isNullableId = (v: unknown): v is string | null => v === null || typeof v === 'string';

// --- Joining: the other device ---------------------------------------------------------------------

/**
 * Why a join stored nothing. `malformed`: not 12 code characters; `wrong-code`: no such document, or
 * it does not open with that code; `already-here`: this device already has that class connected.
 */
export type JoinProblem =
  | 'malformed'
  | 'wrong-code'
  | 'expired'
  | 'damaged'
  | 'newer-format'
  | 'already-here'
  | ServerProblem
  | 'failed';
export type JoinResult =
  | { ok: true; classId: string; className: string; role?: ClassLink['role'] }
  | { ok: false; problem: JoinProblem };

/** Joins the class a code stands for: its link, then one round. Any failure leaves no link behind. */
export async function joinByCode(
  typed: string,
  serverOrigin: string,
  setup: PairSetup = BROWSER,
  naming: Naming = defaultNaming(),
  replacing?: string,
): Promise<JoinResult> {
  const no = (problem: JoinProblem): JoinResult => ({ ok: false, problem });
  if (!normalizePairingCode(typed)) return no('malformed');
  const secret = await pairingSecret(typed, setup.iterations);
  if (!secret) return no('malformed');
  const publicDb = pairingDb(setup, serverOrigin, PAIRING_LOGIN);
  let doc: PouchDoc;
  try {
    doc = await publicDb.get(secret.docId);
  } catch (e) {
    return no(statusOf(e) === 404 ? 'wrong-code' : serverProblem(e).problem);
  } finally {
    await publicDb.close();
  }
  let opened: Awaited<ReturnType<typeof openBundle>>;
  try {
    opened = await openBundle(secret, doc, Date.now());
  } catch (e) {
    if (e instanceof SyncCryptoError) return no('wrong-code');
    throw e;
  }
  if (!opened.ok) return no(opened.refusal);
  const link = linkFromBundle(opened.bundle);
  // Sealed by whoever knew the code, but still read from the network: only the server asked.
  if (new URL(link.server).origin !== new URL(serverOrigin).origin) return no('damaged');
  const before = (await syncLinks()).find((l) => l.classId === link.classId);
  // A screen or tablet taken out of the class joins it again with a new code (`replacing`, from its
  // own page), as a screen or tablet only: never as a teacher device, never into another class.
  const again =
    before !== undefined &&
    replacing === link.classId &&
    before.role !== 'teacher' &&
    link.role !== 'teacher';
  if (before && !again) return no('already-here');
  // Puts back what was there before (a failed join changes nothing).
  const undo = () => (before ? saveLink(before) : removeLink(link.classId));

  await saveLink(link);
  const round = await syncClass(link.classId, setup.pouch);
  if (!round.ok) {
    // Nothing kept: the code still works (its document is only deleted after a good round).
    await undo();
    return no(round.problem);
  }
  // A code works once. A teacher login may delete the document; a screen's or tablet's cannot: the
  // offering device deletes it when it sees the hello, or a teacher device's sweep when it ran out.
  if (link.role === 'teacher') {
    const own = pairingDb(setup, link.server, { username: link.user, password: link.password });
    await removeDoc(own, doc._id).finally(() => own.close());
  }
  const cls = await getClass(link.classId);
  if (!cls) {
    // The server had no class record (nothing the screen could list or sync): keep no link to it.
    await undo();
    return no('failed');
  }
  // The device that offered the code watches for this; without it the next round's touch says it.
  if (link.role === 'teacher') await writeHello(link, naming).catch((e: unknown) => console.error(e));
  else await writeInboxHello(link, naming).catch((e: unknown) => console.error(e));
  // A classroom screen is where the companion extension's board belongs: it shows this class there
  // (approved words only, as on the screen's own board) unless the device already chose one.
  if (
    link.role === 'screen' &&
    (await getSetting(DEVICE_CLASS_POINTERS.extensionClass, null, isNullableId)) === null
  )
    await setSetting(DEVICE_CLASS_POINTERS.extensionClass, link.classId);
  // Then a password of its own: the code's (which the offering device and the class's slot list know)
  // opens nothing from now on (docs/sync.md §7). Failing here only leaves it for the next round.
  await keepOwnPassword(link.classId).catch((e: unknown) => console.error(e));
  return { ok: true, classId: link.classId, className: cls.name, role: link.role };
}
