// What the app reads about the teacher PIN on every start, without the PIN's hashing code (pin.ts,
// loaded only where a PIN is typed or set): whether a PIN is set, whether the recovery code removed
// one, and the lock a shared screen puts on the teacher screens of every tab. The lock belongs to the
// device, not the tab; its record, like the recovery note, is a device setting.
import { db } from './db';

export const PIN_KEY = 'teacher.pin';
/** Device-only settings: never part of what the PIN protects, never the class's data. */
export const RECOVERED_KEY = 'device.pinRecovered';
export const LOCK_SETTING = 'device.sharedScreen';
/** PBKDF2 rounds for a new PIN (pin.ts); a stored PIN may say fewer, never more than ten times this. */
export const PIN_ITERATIONS = 120_000;

export interface Hashed {
  iterations: number;
  salt: string;
  hash: string;
}

export function isHashed(v: unknown): v is Hashed {
  const o = v as Hashed | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.salt === 'string' &&
    typeof o.hash === 'string' &&
    Number.isInteger(o.iterations) &&
    o.iterations > 0 &&
    o.iterations <= 10 * PIN_ITERATIONS
  );
}

/**
 * 'none', 'set', or 'unreadable' (a record is there but is not a PIN this app wrote). A database
 * error throws. The teacher-screen gate treats both 'unreadable' and an error as locked.
 */
export async function pinStatus(): Promise<'none' | 'set' | 'unreadable'> {
  const row = await db().settings.get(PIN_KEY);
  if (!row) return 'none';
  return isHashed(row.value) ? 'set' : 'unreadable';
}

/** When the recovery code last removed the PIN, and whether the teacher has said they saw it. */
export async function pinRecovery(): Promise<{ at: number; seen: boolean } | null> {
  const v = (await db().settings.get(RECOVERED_KEY))?.value as { at?: unknown; seen?: unknown } | undefined;
  return v && typeof v.at === 'number' && Number.isFinite(v.at) ? { at: v.at, seen: v.seen === true } : null;
}

// The device lock. localStorage is read synchronously before the first frame and is shared by
// every tab (the `storage` event tells the others at once); the settings record backs it up, so a
// cleared or blocked localStorage still finds the lock.
export const LOCK_KEY = 'dk.sharedScreen';

/**
 * The lock as localStorage has it: the shared screen's address (locked), null (not locked), or
 * undefined when localStorage cannot be used (then ask lockedWhere()).
 */
export function localLock(): string | null | undefined {
  try {
    return localStorage.getItem(LOCK_KEY);
  } catch {
    return undefined;
  }
}

/** Only the recovery code (pin.ts) and unlockDevice clear the lock. */
export function clearLocalLock(): void {
  try {
    localStorage.removeItem(LOCK_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** A shared screen was opened on this device: lock every tab's teacher screens, now and after a restart. */
export function lockDevice(where: string): void {
  try {
    localStorage.setItem(LOCK_KEY, where);
  } catch {
    // Blocked: the settings record below still holds the lock.
  }
  db()
    .settings.put({ key: LOCK_SETTING, value: where, updatedAt: Date.now() })
    .catch(() => {
      // localStorage holds it; the gate treats an unreadable database as locked anyway.
    });
}

/** Where the device is locked from (a shared screen's address), or null. A database error throws. */
export async function lockedWhere(): Promise<string | null> {
  const local = localLock();
  if (local) return local;
  const row = await db().settings.get(LOCK_SETTING);
  return typeof row?.value === 'string' ? row.value : null;
}

/** The PIN was given (or none is set): every tab's teacher screens open again. */
export async function unlockDevice(): Promise<void> {
  clearLocalLock();
  await db()
    .settings.delete(LOCK_SETTING)
    .catch(() => {
      // The record stays: the next start asks for the PIN once more (locked, never open).
    });
}

/** Calls back when another tab locks or unlocks the device. */
export function onLockChange(cb: (where: string | null) => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === LOCK_KEY || e.key === null) cb(e.key === null ? null : e.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** A device paired as a pupil tablet or a classroom screen (docs/sync.md §5), and its class. */
export interface SharedDevice {
  role: 'tablet' | 'screen';
  classId: string;
}

/**
 * What this device is paired as, if a pupil tablet or a classroom screen, or undefined: such a device
 * shows no teacher screen, so the teacher screens' gate shows a plain page instead
 * (TeacherScreenGate.tsx). Reads the sync links' setting (`device.sync.links`,
 * src/data/sync-links.ts) without loading that module.
 */
export async function sharedDevice(): Promise<SharedDevice | undefined> {
  const links = (await db().settings.get('device.sync.links'))?.value;
  const link = Array.isArray(links)
    ? links.find((l) => l?.role === 'tablet' || l?.role === 'screen')
    : undefined;
  return typeof link?.classId === 'string' ? { role: link.role, classId: link.classId } : undefined;
}
