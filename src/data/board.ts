// What the strength board remembers per class in the settings table: its options, its fair-rotation
// state (so the round continues after a reload or the next morning) and the class shown last.
import { normalizeBoardSettings } from '../domain/board-settings';
import type { BoardSettings } from '../domain/board-snapshot';
import { type RotationState, restoreRotation } from '../domain/rotation';
import { boardSettingsKey } from './board-snapshot';
import { db } from './db';
import { CLASS_SETTINGS, classRecords, DEVICE_CLASS_POINTERS, forgetInRotation } from './registry';
import { setSetting } from './settings';
import { write } from './write';

export const boardRotationKey = CLASS_SETTINGS.boardRotation;
export const LAST_BOARD_CLASS_KEY = DEVICE_CLASS_POINTERS.lastBoardClass;

export async function loadBoardRotation(classId: string): Promise<RotationState> {
  const row = await db().settings.get(boardRotationKey(classId));
  return restoreRotation(row?.value);
}

/**
 * Stores the rotation without ids of pupils and recognitions this device no longer has: a board left
 * open while a pupil is erased (here or on another device) must not write her id back.
 */
export async function saveBoardRotation(classId: string, state: RotationState): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.pupils, d.recognitions, d.settings], async () => {
      const known = new Set<string>([
        ...((await classRecords(d, 'pupils', classId)!.primaryKeys()) as string[]),
        ...((await classRecords(d, 'recognitions', classId)!.primaryKeys()) as string[]),
      ]);
      const value = forgetInRotation(state, (id) => known.has(id));
      await d.settings.put({ key: boardRotationKey(classId), value, updatedAt: Date.now() });
    }),
  );
}

export function saveBoardSettings(classId: string, settings: BoardSettings): Promise<void> {
  return setSetting(boardSettingsKey(classId), normalizeBoardSettings(settings));
}

/** The class the board showed last, if it still exists. */
export async function lastBoardClass(): Promise<string | null> {
  const row = await db().settings.get(LAST_BOARD_CLASS_KEY);
  if (typeof row?.value !== 'string') return null;
  return (await db().classes.get(row.value)) ? row.value : null;
}

export function rememberBoardClass(classId: string): Promise<void> {
  return setSetting(LAST_BOARD_CLASS_KEY, classId);
}
