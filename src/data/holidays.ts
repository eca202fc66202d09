// A class's school holidays, kept as one class-owned setting (`holidays.<classId>`, see the
// registry): it travels in the class's backup and goes when the class is deleted, with no new table
// and no schema change. Read through normalizeHolidays, so a broken or hand-edited value never
// breaks the routines; every change is one read-modify-write inside a transaction.
import {
  type Holiday,
  type HolidayProblem,
  holidayProblem,
  MAX_HOLIDAY_NAME,
  NO_HOLIDAYS,
  normalizeHolidays,
  type SchoolHolidays,
  withHoliday,
  withoutHoliday,
  withSuggestionBack,
} from '../domain/holidays';
import { db } from './db';
import { refTables, requireAlive } from './integrity';
import { CLASS_SETTINGS } from './registry';
import { newId, write } from './write';

export const holidaysKey = CLASS_SETTINGS.schoolHolidays;

export async function loadHolidays(classId: string): Promise<SchoolHolidays> {
  const row = await db().settings.get(holidaysKey(classId));
  return row ? normalizeHolidays(row.value) : NO_HOLIDAYS;
}

async function change(classId: string, edit: (h: SchoolHolidays) => SchoolHolidays): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.settings, ...refTables(d)], async () => {
      await requireAlive(d, { classId });
      const row = await d.settings.get(holidaysKey(classId));
      const next = edit(row ? normalizeHolidays(row.value) : NO_HOLIDAYS);
      await d.settings.put({ key: holidaysKey(classId), value: next, updatedAt: Date.now() });
    }),
  );
}

/** Confirms a holiday (a suggested break as offered or moved, or an own one edited); nothing is saved on a problem. */
export async function confirmHoliday(classId: string, h: Holiday): Promise<HolidayProblem | null> {
  const problem = holidayProblem(h.from, h.to);
  if (problem) return problem;
  const name = h.name?.trim().slice(0, MAX_HOLIDAY_NAME);
  await change(classId, (list) =>
    withHoliday(list, { id: h.id, kind: h.kind, from: h.from, to: h.to, ...(name ? { name } : {}) }),
  );
  return null;
}

/** Adds the teacher's own holiday (a planning day, the summer, a week away). */
export async function addOwnHoliday(
  classId: string,
  input: { name: string; from: string; to: string },
): Promise<HolidayProblem | null> {
  return confirmHoliday(classId, { id: newId(), kind: 'own', ...input });
}

export function removeHoliday(classId: string, h: Pick<Holiday, 'id' | 'kind'>): Promise<void> {
  return change(classId, (list) => withoutHoliday(list, h.id, h.kind));
}

/** Offers a removed suggestion again (it counts only once confirmed). */
export function restoreSuggestion(classId: string, id: string): Promise<void> {
  return change(classId, (list) => withSuggestionBack(list, id));
}
