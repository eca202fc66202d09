// The classes this device has connected to the school's sync server (docs/sync.md §6): one link per
// class in the device setting `device.sync.links`, never in a backup. Its own module, so the settings
// screen can list connected classes without loading the sync code itself (src/data/sync-class.ts).

import { isRecord } from '../domain/guards';
import type { Slot } from '../domain/sync/connection';
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
 * The teacher slot a new teacher device gets: the first one that is not this device's own. Only the
 * device connected with the file knows the slots. Which slots other devices already use is not known
 * yet (no `hello` documents, docs/sync.md §6.2), so offering twice hands out the same slot twice.
 */
export function freeTeacherSlot(link: ClassLink | undefined): Slot | undefined {
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return undefined;
  return link.slots?.find((s) => s.role === 'teacher' && s.user !== link.user);
}
