// The weekly backup reminder's settings (on by default), when a backup was last saved, and whether
// the reminder is due now. Apart from the export itself (backup-export.ts): the home screen checks
// the reminder on every start and must not load the export's code for it.
import { isReminderDue, WEEK } from '../domain/backup/reminder';
import { db } from './db';
import { getSetting, setSetting } from './settings';

const ENABLED = 'backup.reminder';
const SNOOZED = 'backup.snoozedUntil';
/** A device setting (registry.ts): it never travels. */
const LAST_BACKUP_KEY = 'backup.lastExportAt';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number';

export function reminderEnabled(): Promise<boolean> {
  return getSetting(ENABLED, true, isBool);
}

export function setReminderEnabled(on: boolean): Promise<void> {
  return setSetting(ENABLED, on);
}

/** Remember that a backup was downloaded (for the weekly reminder). */
export function markBackupSaved(now = Date.now()): Promise<void> {
  return setSetting(LAST_BACKUP_KEY, now);
}

export async function lastBackupAt(): Promise<number | null> {
  const row = await db().settings.get(LAST_BACKUP_KEY);
  // Odd stored values (1e300, a time "after" now) count as no backup, so the reminder still comes.
  const v = row?.value;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= Date.now() + 86_400_000 ? v : null;
}

export function snoozeReminder(now = Date.now()): Promise<void> {
  return setSetting(SNOOZED, now + 86_400_000);
}

export async function backupReminderDue(now = Date.now()): Promise<boolean> {
  const [enabled, last, snoozed, classes] = await Promise.all([
    reminderEnabled(),
    lastBackupAt(),
    getSetting<number | null>(SNOOZED, null, isNum),
    realClasses(),
  ]);
  const oldest = classes.length ? Math.min(...classes.map((c) => c.createdAt)) : null;
  return isReminderDue({
    enabled,
    lastBackupAt: last,
    snoozedUntil: snoozed,
    oldestRealClassAt: oldest,
    now,
  });
}

/** The teacher's own classes: the demo class never asks for a backup. */
function realClasses() {
  return db()
    .classes.filter((c) => !c.isDemo)
    .toArray();
}

/** Whether the reminder could be due at all: a real class at least a week old (cheap; no settings read). */
export async function hasWeekOldRealClass(now = Date.now()): Promise<boolean> {
  return (await realClasses()).some((c) => c.createdAt <= now - WEEK);
}
