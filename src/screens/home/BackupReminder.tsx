// The weekly "download a backup" reminder on the home screen (can be turned off in settings).
import { useState } from 'preact/hooks';
import { exportBackup } from '../../data/backup-export';
import {
  backupReminderDue,
  markBackupSaved,
  setReminderEnabled,
  snoozeReminder,
} from '../../data/backup-reminder';
import { useLiveQuery } from '../../data/live';
import { backupFileName } from '../../domain/backup/format';
import { useI18n } from '../../i18n/i18n';
import { downloadText } from '../../ui/download';

export function BackupReminder() {
  const { m } = useI18n();
  const due = useLiveQuery(() => backupReminderDue(), []);
  const [busy, setBusy] = useState(false);
  if (!due) return null;
  return (
    <section class="reminder" aria-labelledby="reminder-text">
      <p id="reminder-text">
        <span aria-hidden="true">💾</span> {m.backup.reminderText}
      </p>
      <div class="row wrap">
        <button
          type="button"
          class="btn primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const b = await exportBackup({ kind: 'all' });
              downloadText(backupFileName(b.scope, new Date()), b.text);
              await markBackupSaved();
            } catch {
              // The error banner has said what went wrong.
            } finally {
              setBusy(false);
            }
          }}
        >
          {m.backup.reminderNow}
        </button>
        <button type="button" class="btn ghost" onClick={() => void snoozeReminder().catch(() => {})}>
          {m.backup.reminderLater}
        </button>
        <button
          type="button"
          class="btn ghost"
          onClick={() => void setReminderEnabled(false).catch(() => {})}
        >
          {m.backup.reminderOff}
        </button>
      </div>
    </section>
  );
}
