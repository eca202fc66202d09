// When to remind the teacher to download a backup: weekly, only when there is real (non-demo)
// data, never while a "not now" lasts, and never when turned off.
export const WEEK = 7 * 86_400_000;

export function isReminderDue(s: {
  enabled: boolean;
  lastBackupAt: number | null;
  snoozedUntil: number | null;
  /** When the oldest real class was made; null if there is none. */
  oldestRealClassAt: number | null;
  now: number;
}): boolean {
  if (!s.enabled || s.oldestRealClassAt === null) return false;
  if (s.snoozedUntil !== null && s.now < s.snoozedUntil) return false;
  const since = s.lastBackupAt ?? s.oldestRealClassAt;
  return s.now - since >= WEEK;
}
