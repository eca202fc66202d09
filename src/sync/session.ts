// One connected class on this device, as far as keys and databases go (docs/sync.md §4-§6): which
// server databases the device's role uses, their keys (from the class keys on a teacher device, from
// the pairing bundle on a screen or tablet), and the bundle a teacher device makes to pair another
// device. No Dexie here (src/data/sync-connect.ts stores the link) and no network (the caller passes
// the PouchDB it replicates with).

import type { Slot } from '../domain/sync/connection';
import { type DbKind, dbName, fromBase64Url, toBase64Url } from '../domain/sync/format';
import type { BundleKeys, PairingBundle } from '../domain/sync/pairing';
import { PAIRING_TTL_MS } from '../domain/sync/pairing';
import type { DeviceRole } from '../domain/sync/project';
import {
  type ClassKeys,
  type DbKeys,
  dbKeysFromClass,
  encKeyBytes,
  idKeyBytes,
  importEncKey,
  importIdKey,
  KEY_BYTES,
  newClassKeys,
  SyncCryptoError,
} from './crypto';

/** What a device keeps about one connected class (a device setting: never in a backup). */
export interface ClassLink {
  v: 1;
  classId: string;
  /** The server's address (origin, or origin and proxy path), without a trailing slash. */
  server: string;
  syncId: string;
  role: DeviceRole;
  /** This device's server login. */
  user: string;
  password: string;
  keys: BundleKeys;
  epoch: number;
  /** Teacher devices: every slot of the class, to pair devices with (from the connection file). */
  slots?: Slot[];
}

/** A slot's short name: `t1`, `s1`, `p3`. */
export const slotOf = (user: string): string => user.slice(user.lastIndexOf('-') + 1);

/** The server databases a link uses, by kind (a screen or tablet: its own inbox only). */
export function linkDatabases(link: ClassLink): { kind: DbKind; name: string }[] {
  const own = (kind: DbKind) => ({ kind, name: dbName(link.syncId, kind) });
  if (link.role === 'teacher') return [own('main'), own('roster'), own('shown')];
  const inbox = { kind: 'inbox' as const, name: dbName(link.syncId, 'inbox', slotOf(link.user)) };
  return link.role === 'screen' ? [own('roster'), own('shown'), inbox] : [own('roster'), inbox];
}

const b64 = (bytes: Uint8Array): string => toBase64Url(bytes);
function raw(text: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64Url(text);
  if (bytes.length !== KEY_BYTES) throw new SyncCryptoError('bad-key', 'A key must be 32 bytes.');
  return bytes;
}

export function classKeysOf(link: ClassLink): ClassKeys {
  if (link.keys.kind !== 'class')
    throw new SyncCryptoError('no-key', 'Only a teacher device holds the class keys.');
  return { classKey: raw(link.keys.classKey), idsKey: raw(link.keys.idsKey) };
}

/** The keys of every database the link uses. */
export async function linkKeys(link: ClassLink): Promise<{ kind: DbKind; keys: DbKeys }[]> {
  const out: { kind: DbKind; keys: DbKeys }[] = [];
  for (const { kind, name } of linkDatabases(link)) {
    if (link.keys.kind === 'class') {
      out.push({ kind, keys: await dbKeysFromClass(classKeysOf(link), name, link.epoch) });
      continue;
    }
    const k = link.keys.dbs[name];
    if (!k) throw new SyncCryptoError('no-key', `No key for ${name}.`);
    out.push({
      kind,
      keys: {
        db: name,
        epoch: link.epoch,
        id: await importIdKey(raw(k.id)),
        enc: new Map([[link.epoch, await importEncKey(raw(k.enc))]]),
      },
    });
  }
  return out;
}

/** The first teacher device's link, from the connection file's first teacher slot and new class keys. */
export function firstTeacherLink(classId: string, server: string, syncId: string, slots: Slot[]): ClassLink {
  const slot = slots.find((s) => s.role === 'teacher');
  if (!slot) throw new Error('The connection file has no teacher slot.');
  const keys = newClassKeys();
  return {
    v: 1,
    classId,
    server,
    syncId,
    role: 'teacher',
    user: slot.user,
    password: slot.password,
    keys: { kind: 'class', classKey: b64(keys.classKey), idsKey: b64(keys.idsKey) },
    epoch: 0,
    slots,
  };
}

/**
 * The pairing bundle for another device, in the slot given (a teacher link only). A screen or tablet
 * gets the sub-keys of its own databases, never the class keys: a lost tablet can read the roster and
 * its own inbox, nothing else.
 */
export async function bundleFor(link: ClassLink, slot: Slot, now: number): Promise<PairingBundle> {
  const classKeys = classKeysOf(link);
  const wrapKey = b64(globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
  const base = {
    v: 1 as const,
    server: link.server,
    syncId: link.syncId,
    classId: link.classId,
    role: slot.role,
    user: slot.user,
    password: slot.password,
    wrapKey,
    epoch: link.epoch,
    exp: now + PAIRING_TTL_MS,
  };
  if (slot.role === 'teacher') return { ...base, keys: link.keys };
  const peer: ClassLink = { ...link, role: slot.role, user: slot.user, keys: { kind: 'dbs', dbs: {} } };
  const dbs: Record<string, { enc: string; id: string }> = {};
  for (const { name } of linkDatabases(peer)) {
    dbs[name] = {
      enc: b64(await encKeyBytes(classKeys.classKey, name, link.epoch)),
      id: b64(await idKeyBytes(classKeys.idsKey, name)),
    };
  }
  return { ...base, keys: { kind: 'dbs', dbs } };
}

/** A paired device's link, from the bundle it received. */
export function linkFromBundle(bundle: PairingBundle): ClassLink {
  return {
    v: 1,
    classId: bundle.classId,
    server: bundle.server,
    syncId: bundle.syncId,
    role: bundle.role,
    user: bundle.user,
    password: bundle.password,
    keys: bundle.keys,
    epoch: bundle.epoch,
  };
}
