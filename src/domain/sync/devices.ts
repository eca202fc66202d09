// The devices of a connected class (docs/sync.md §6.2, §7), pure: the `hello` a device writes about
// itself, read back field by field; which teacher slot a new device may get; and the browser and
// system family a device names itself by. No Dexie, no network, no keys.
import { isRecord } from '../guards';
import type { Slot, SlotRole } from './connection';

/** What a device says about itself in its `hello` (encrypted; the server sees an id and ciphertext). */
export interface Hello {
  /** The slot's server login, `dk-<syncId>-t2`: also what the document id is made from. */
  user: string;
  role: SlotRole;
  /** As the device wrote it in its own language, e.g. «Lærermaskin 2». */
  label: string;
  /** Browser and system family, e.g. `Chrome, Windows`. Nothing personal. */
  platform: string;
  joinedAt: number;
  lastSeen: number;
}

const ROLES: readonly SlotRole[] = ['teacher', 'screen', 'tablet'];
const text = (x: unknown, max: number): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= max;
const time = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** A decrypted hello's body, checked; null when anything is missing or of the wrong kind. */
export function readHello(x: unknown): Hello | null {
  if (!isRecord(x)) return null;
  const { id, role, label, platform, joinedAt, lastSeen } = x;
  if (!text(id, 80) || !ROLES.includes(role as SlotRole) || !text(label, 80)) return null;
  if (typeof platform !== 'string' || platform.length > 80 || !time(joinedAt) || !time(lastSeen)) return null;
  return { user: id, role: role as SlotRole, label, platform, joinedAt, lastSeen };
}

/** The number in a slot's name: `dk-…-t2` → 2. */
export const slotNumber = (user: string): number => Number(/(\d+)$/.exec(user)?.[1] ?? 0);

/** An offered code not yet used: its slot is taken until it is withdrawn or runs out. */
export interface PendingOffer {
  user: string;
  docId: string;
  exp: number;
  /** Taken back before it ran out: its slot is not held by it, but its expiry is still swept (§6.2). */
  withdrawn?: boolean;
}

/**
 * The class's slots as every teacher device of the class shares them (docs/sync.md §6.2): the logins
 * and passwords (from the connection file, a password changed on a removal), the slots retired, and
 * the codes out, so two teacher devices never hand out the same slot.
 */
export interface ClassSlots {
  slots: Slot[];
  retired: string[];
  pending: PendingOffer[];
}

const ROLE_SET = new Set<string>(['teacher', 'screen', 'tablet']);
/** A decrypted slot list, checked; null when anything is of the wrong kind. */
export function readClassSlots(x: unknown): ClassSlots | null {
  if (!isRecord(x) || !Array.isArray(x.slots) || !Array.isArray(x.retired) || !Array.isArray(x.pending))
    return null;
  const slots: Slot[] = [];
  for (const s of x.slots) {
    if (!isRecord(s) || !text(s.user, 80) || !ROLE_SET.has(s.role as string) || !text(s.password, 200))
      return null;
    slots.push({ user: s.user, role: s.role as SlotRole, password: s.password });
  }
  if (!x.retired.every((u) => text(u, 80))) return null;
  const pending: PendingOffer[] = [];
  for (const p of x.pending) {
    if (!isRecord(p) || !text(p.user, 80) || !text(p.docId, 80) || !time(p.exp)) return null;
    pending.push({
      user: p.user,
      docId: p.docId,
      exp: p.exp,
      ...(p.withdrawn === true ? { withdrawn: true } : {}),
    });
  }
  return { slots, retired: x.retired as string[], pending };
}

/**
 * The teacher slot a new teacher device gets: not this device's own, not one a device said hello
 * from, not one an unexpired code is out for, and not one retired because its password could not be
 * changed after a removal. Undefined when every slot is taken.
 */
export function pickTeacherSlot(
  slots: readonly Slot[],
  own: string,
  taken: { hellos: readonly string[]; pending: readonly PendingOffer[]; retired: readonly string[] },
  now: number,
): Slot | undefined {
  return pickSlot('teacher', slots, own, taken, now);
}

/**
 * The same for any role. For a tablet or screen the caller passes the slots already handed out
 * (members of their inbox's `_security`: a device that joined may not have said hello yet) as `hellos`.
 */
export function pickSlot(
  role: SlotRole,
  slots: readonly Slot[],
  own: string,
  taken: { hellos: readonly string[]; pending: readonly PendingOffer[]; retired: readonly string[] },
  now: number,
): Slot | undefined {
  const busy = new Set([
    own,
    ...taken.hellos,
    ...taken.retired,
    ...taken.pending.filter((p) => p.exp > now && !p.withdrawn).map((p) => p.user),
  ]);
  return slots.find((s) => s.role === role && !busy.has(s.user));
}

/** Whether `lastSeen` should be written again: at most once a calendar day (local time). */
export function seenToday(lastSeen: number, now: number): boolean {
  return new Date(lastSeen).toDateString() === new Date(now).toDateString();
}

interface UaData {
  brands?: readonly { brand: string }[];
  platform?: string;
}
/** What `navigator` offers (User-Agent Client Hints where there are, else the user-agent string). */
export interface NavigatorLike {
  userAgent?: string;
  platform?: string;
  userAgentData?: UaData;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows|Win32|Win64/i, 'Windows'],
  [/CrOS|Chrome OS/i, 'ChromeOS'],
  [/Android/i, 'Android'],
  [/iPhone|iPad|iOS/i, 'iOS'],
  [/Mac/i, 'macOS'],
  [/Linux/i, 'Linux'],
];

/** `Chrome, Windows`: the browser and system family only, never a version or a model. */
export function platformFamily(nav: NavigatorLike | undefined): string {
  const ua = nav?.userAgent ?? '';
  const brands = nav?.userAgentData?.brands?.map((b) => b.brand) ?? [];
  const browser =
    (brands.includes('Microsoft Edge') && 'Edge') ||
    (brands.includes('Google Chrome') && 'Chrome') ||
    (brands.includes('Chromium') && 'Chromium') ||
    BROWSERS.find(([re]) => re.test(ua))?.[1];
  const sysText = `${nav?.userAgentData?.platform ?? ''} ${nav?.platform ?? ''} ${ua}`;
  const system = SYSTEMS.find(([re]) => re.test(sysText))?.[1];
  return [browser, system].filter(Boolean).join(', ');
}
