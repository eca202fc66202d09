// End of the school year: archive a class to a backup file, then remove it from this computer.
import { useState } from 'preact/hooks';
import { exportBackup } from '../../data/backup-export';
import { archiveClass } from '../../data/classes';
import { backupFileName } from '../../domain/backup/format';
import type { SchoolClass } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadText } from '../../ui/download';

export function YearEnd(props: { classes: SchoolClass[] }) {
  const { m } = useI18n();
  const p = m.privacy;
  const [classId, setClassId] = useState(props.classes[0]?.id ?? '');
  const [confirm, setConfirm] = useState<SchoolClass | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const cls = props.classes.find((c) => c.id === classId) ?? props.classes[0];
  if (!cls) return null;
  return (
    <section class="card data-card" aria-labelledby="year-end-h">
      <h2 id="year-end-h">{p.yearEndTitle}</h2>
      <p class="help">{p.yearEndHelp}</p>
      <label for="year-end-class">{p.chooseClass}</label>
      <select id="year-end-class" value={cls.id} onChange={(e) => setClassId(e.currentTarget.value)}>
        {props.classes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="btn danger"
        onClick={async () => {
          setMsg(null);
          try {
            const b = await exportBackup({ kind: 'class', classId: cls.id });
            downloadText(backupFileName(b.scope, new Date(), 'drommeklassen-arkiv'), b.text);
            setConfirm(cls);
          } catch {
            setMsg({ ok: false, text: p.failed });
          }
        }}
      >
        {p.archiveClass(cls.name)}
      </button>
      {confirm && (
        <ConfirmDialog
          message={p.archiveConfirm(confirm.name)}
          confirmLabel={p.archiveClass(confirm.name)}
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={async () => {
            const c = confirm;
            setConfirm(null);
            try {
              await archiveClass(c.id);
              setClassId('');
              setMsg({ ok: true, text: p.archived(c.name) });
            } catch {
              setMsg({ ok: false, text: p.failed });
            }
          }}
        />
      )}
      {msg && (
        <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? 'ok-text' : 'danger-text'}>
          {msg.text}
        </p>
      )}
    </section>
  );
}
