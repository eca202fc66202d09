// The classes this device has connected to the school's sync server (docs/sync.md §6): one link per
// class in the device setting `device.sync.links`, never in a backup. Its own module, so the settings
// screen can list connected classes without loading the sync code itself (src/data/sync-class.ts).

import { isRecord } from '../domain/guards';
import { DEVICE_ROLES } from '../domain/sync/project';
import type { ClassLink } from '../sync/session';
import { getSetting, setSetting } from './settings';

/** This device's connected classes (a `device.` setting: never in a backup, never taken from one). */
export const SYNC_LINKS_KEY = 'device.sync.links';

function isLink(x: unknown): x is ClassLink {
  return (
    isRecord(x) &&
    x.v === 1 &&
    typeof x.classId === 'string' &&
    typeof x.server === 'string' &&
    typeof x.syncId === 'string' &&
    DEVICE_ROLES.includes(x.role as ClassLink['role']) &&
    typeof x.user === 'string' &&
    typeof x.password === 'string' &&
    isRecord(x.keys) &&
    typeof x.epoch === 'number'
  );
}
const isLinks = (x: unknown): x is ClassLink[] => Array.isArray(x) && x.every(isLink);

export function syncLinks(): Promise<ClassLink[]> {
  return getSetting(SYNC_LINKS_KEY, [], isLinks);
}

/** Stores a class's link (replacing an earlier one for the same class). */
export async function saveLink(link: ClassLink): Promise<void> {
  const links = (await syncLinks()).filter((l) => l.classId !== link.classId);
  await setSetting(SYNC_LINKS_KEY, [...links, link]);
}

export async function removeLink(classId: string): Promise<void> {
  await setSetting(
    SYNC_LINKS_KEY,
    (await syncLinks()).filter((l) => l.classId !== classId),
  );
}

/**
 * Whether this device can pair teacher devices for the class: it holds the class keys and the slots
 * (only the device connected with the file has them). Which slot is free needs the server's hellos
 * (src/data/sync-pair.ts).
 */
export function canPairTeachers(link: ClassLink | undefined): boolean {
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return false;
  return Boolean(link.slots?.some((s) => s.role === 'teacher' && s.user !== link.user));
}

/** Whether this device can pair pupil tablets for the class: the class keys and a tablet slot. */
export function canPairTablets(link: ClassLink | undefined): boolean {
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return false;
  return Boolean(link.slots?.some((s) => s.role === 'tablet'));
}

/** Whether this device can pair classroom screens for the class: the class keys and a screen slot. */
export function canPairScreens(link: ClassLink | undefined): boolean {
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return false;
  return Boolean(link.slots?.some((s) => s.role === 'screen'));
}
