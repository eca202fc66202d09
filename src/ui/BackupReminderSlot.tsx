// Loads the weekly backup reminder only when it could be due (a real class at least a week old),
// so a first visit does not carry its code.
import { db } from '../data/db';
import { useLiveQuery } from '../data/live';
import { deferred } from './Deferred';

const WEEK = 7 * 86_400_000;
const BackupReminder = deferred(() => import('./BackupReminder').then((x) => x.BackupReminder));

export function BackupReminderSlot() {
  const old = useLiveQuery(
    () =>
      db()
        .classes.filter((c) => !c.isDemo && c.createdAt <= Date.now() - WEEK)
        .count(),
    [],
  );
  return old ? <BackupReminder /> : null;
}
