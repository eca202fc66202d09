// The weekly backup reminder's settings (on by default) and whether it is due now.
import { isReminderDue } from '../domain/backup/reminder';
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
    db()
      .classes.filter((c) => !c.isDemo)
      .toArray(),
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
