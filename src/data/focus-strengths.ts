// Focus strengths of a class: the one(s) for this week or month, and the history of past ones.
import { addDays, isoDate, parseIsoDate, todayIso } from '../domain/dates';
import { currentFocus, type FocusChoice, focusPeriod } from '../domain/focus';
import type { FocusStrength } from '../domain/types';
import { db } from './db';
import { refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export function listFocus(classId: string): Promise<FocusStrength[]> {
  return db()
    .focusStrengths.where('[classId+start]')
    .between([classId, ''], [classId, '\uffff'])
    .reverse()
    .toArray();
}

export async function getCurrentFocus(classId: string, now = Date.now()): Promise<FocusStrength | null> {
  return currentFocus(await listFocus(classId), todayIso(now)) ?? null;
}

/**
 * Sets the focus for a period. A focus that overlaps it ends the day before (history stays true);
 * one that would start on or after the new start is replaced.
 */
export async function setFocus(
  classId: string,
  strengthIds: string[],
  choice: FocusChoice,
  now = Date.now(),
): Promise<FocusStrength | null> {
  if (strengthIds.length === 0) return null;
  const { period, start, end } = focusPeriod(choice, new Date(now));
  const d = db();
  return write(() =>
    d.transaction('rw', [d.focusStrengths, ...refTables(d)], async () => {
      await requireAlive(d, { classId, strengthIds });
      const rows = await d.focusStrengths
        .where('[classId+start]')
        .between([classId, ''], [classId, '\uffff'])
        .toArray();
      const t = Date.now();
      for (const f of rows) {
        if (f.end < start) continue;
        if (f.start >= start) await d.focusStrengths.delete(f.id);
        else
          await d.focusStrengths.update(f.id, {
            end: isoDate(addDays(parseIsoDate(start), -1)),
            updatedAt: t,
          });
      }
      const record: FocusStrength = {
        id: newId(),
        classId,
        strengthIds: [...new Set(strengthIds)],
        period,
        start,
        end,
        createdAt: t,
        updatedAt: t,
      };
      await d.focusStrengths.add(record);
      return record;
    }),
  );
}

/** Ends the current focus today-1 (so it becomes history); a focus that had not started yet goes. */
export async function endFocus(id: string, now = Date.now()): Promise<void> {
  const d = db();
  const today = todayIso(now);
  await write(() =>
    d.transaction('rw', d.focusStrengths, async () => {
      const f = await d.focusStrengths.get(id);
      if (!f) return;
      if (f.start >= today) await d.focusStrengths.delete(id);
      else
        await d.focusStrengths.update(id, {
          end: isoDate(addDays(new Date(now), -1)),
          updatedAt: Date.now(),
        });
    }),
  );
}
