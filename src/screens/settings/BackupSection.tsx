// Download a backup (one class or everything) or the recognitions as CSV; the weekly reminder.
import { useState } from 'preact/hooks';
import { exportRecognitionsCsv } from '../../data/backup-csv';
import { type ExportTarget, exportBackup } from '../../data/backup-export';
import {
  lastBackupAt,
  markBackupSaved,
  reminderEnabled,
  setReminderEnabled,
} from '../../data/backup-reminder';
import { listClasses } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import { backupFileName } from '../../domain/backup/format';
import { formatDateWith } from '../../domain/locale-format';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { downloadText } from '../../ui/download';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; done: number; total: number }
  | { kind: 'done' | 'error'; text: string };

export function BackupSection() {
  const { m, lang } = useI18n();
  const classes = useLiveQuery(listClasses, []);
  const last = useLiveQuery(lastBackupAt, []);
  const reminder = useLiveQuery(reminderEnabled, []);
  const [target, setTarget] = useState('all');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const chosen: ExportTarget = target === 'all' ? { kind: 'all' } : { kind: 'class', classId: target };

  async function run(kind: 'json' | 'csv') {
    setState({ kind: 'busy', done: 0, total: 1 });
    try {
      if (kind === 'json') {
        const b = await exportBackup(chosen, (done, total) => setState({ kind: 'busy', done, total }));
        downloadText(backupFileName(b.scope, new Date()), b.text);
        await markBackupSaved();
        setState({ kind: 'done', text: m.backup.exported(b.records) });
      } else {
        const c = m.backup.csv;
        const { text, rows } = await exportRecognitionsCsv(
          chosen,
          {
            headers: [c.date, c.className, c.pupil, c.strength, c.text, c.noticedBy, c.status],
            wholeClass: c.wholeClass,
            status: { waiting: c.waiting, approved: c.approved, declined: c.declined },
          },
          { teacher: c.teacher, classmate: c.classmate },
          lang,
        );
        downloadText(backupFileName({ kind: 'all' }, new Date()).replace('.json', '.csv'), text, 'text/csv');
        setState({ kind: 'done', text: m.backup.csvDone(rows) });
      }
    } catch (err) {
      console.error(err);
      setState({ kind: 'error', text: m.backup.exportFailed });
    }
  }

  const busy = state.kind === 'busy';
  return (
    <section class="card data-card" aria-labelledby="backup-h" id="backup">
      <h2 id="backup-h">{m.backup.title}</h2>
      <p class="help">{m.backup.intro}</p>
      <p>
        {last
          ? m.backup.lastBackup(
              formatDateWith(LOCALES[lang], new Date(last), { dateStyle: 'long', timeStyle: 'short' }),
            )
          : m.backup.neverBackedUp}
      </p>
      <label for="backup-target">{m.backup.what}</label>
      <select id="backup-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
        <option value="all">{m.backup.everything}</option>
        {classes?.map((c) => (
          <option key={c.id} value={c.id}>
            {m.backup.oneClass(c.name)}
          </option>
        ))}
      </select>
      <div class="row wrap">
        <button type="button" class="btn primary" disabled={busy} onClick={() => run('json')}>
          <span aria-hidden="true">💾</span> {m.backup.download}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => run('csv')}>
          {m.backup.downloadCsv}
        </button>
      </div>
      {busy && (
        <div class="progress-row">
          <label for="export-progress">{m.backup.exporting}</label>
          <progress id="export-progress" max={state.total || 1} value={state.done} />
        </div>
      )}
      {state.kind === 'done' && (
        <p role="status" class="ok-text">
          {state.text}
        </p>
      )}
      {state.kind === 'error' && (
        <p role="alert" class="danger-text">
          {state.text}
        </p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={reminder ?? true}
          onChange={(e) => void setReminderEnabled(e.currentTarget.checked).catch(() => {})}
        />
        {m.backup.reminderToggle}
      </label>
    </section>
  );
}
