// Loads the weekly backup reminder only when it could be due (a real class at least a week old),
// so a first visit does not carry its code.
import { hasWeekOldRealClass } from '../../data/backup-reminder';
import { useLiveQuery } from '../../data/live';
import { deferred } from '../../ui/Deferred';

const BackupReminder = deferred(() => import('./BackupReminder').then((x) => x.BackupReminder));

export function BackupReminderSlot() {
  const old = useLiveQuery(() => hasWeekOldRealClass(), []);
  return old ? <BackupReminder /> : null;
}
