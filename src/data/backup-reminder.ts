// The weekly backup reminder's settings (on by default) and whether it is due now.
import { isReminderDue, WEEK } from '../domain/backup/reminder';
import { lastBackupAt } from './backup-export';
import { db } from './db';
import { getSetting, setSetting } from './settings';

const ENABLED = 'backup.reminder';
const SNOOZED = 'backup.snoozedUntil';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number';

export function reminderEnabled(): Promise<boolean> {
  return getSetting(ENABLED, true, isBool);
}

export function setReminderEnabled(on: boolean): Promise<void> {
  return setSetting(ENABLED, on);
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
