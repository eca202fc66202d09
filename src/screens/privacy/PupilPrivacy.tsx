// One pupil: download everything stored about them, or erase them everywhere (erasePupil).
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import { exportPupil } from '../../data/privacy';
import { erasePupil, listPupils } from '../../data/pupils';
import type { SchoolClass } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadText } from '../../ui/download';

export function PupilPrivacy(props: { classes: SchoolClass[] }) {
  const { m, lang } = useI18n();
  const p = m.privacy;
  const [classId, setClassId] = useState(props.classes[0]?.id ?? '');
  const [pupilId, setPupilId] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const pupils = useLiveQuery(async () => {
    if (!classId) return [];
    return [...(await listPupils(classId, 0)), ...(await listPupils(classId, 1))];
  }, [classId]);
  const pupil = pupils?.find((x) => x.id === pupilId) ?? pupils?.[0];

  return (
    <section class="card data-card" aria-labelledby="pupil-privacy-h">
      <h2 id="pupil-privacy-h">{p.pupilTitle}</h2>
      <p class="help">{p.pupilHelp}</p>
      <label for="privacy-class">{p.chooseClass}</label>
      <select
        id="privacy-class"
        value={classId}
        onChange={(e) => {
          setClassId(e.currentTarget.value);
          setPupilId('');
          setMsg(null);
        }}
      >
        {props.classes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {pupils && pupils.length === 0 && <p class="empty">{p.noPupils}</p>}
      {pupil && (
        <>
          <label for="privacy-pupil">{p.choosePupil}</label>
          <select
            id="privacy-pupil"
            value={pupil.id}
            onChange={(e) => {
              setPupilId(e.currentTarget.value);
              setMsg(null);
            }}
          >
            {pupils!.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <div class="row wrap">
            <button
              type="button"
              class="btn"
              onClick={async () => {
                try {
                  const out = await exportPupil(pupil.id, lang, p.pupilExportNote);
                  if (!out) return;
                  const slug = out.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-');
                  downloadText(
                    `drommeklassen-elev-${slug}-${new Date().toISOString().slice(0, 10)}.json`,
                    out.text,
                  );
                  setMsg({ ok: true, text: p.pupilExported(out.name) });
                } catch {
                  setMsg({ ok: false, text: p.failed });
                }
              }}
            >
              {p.exportPupil(pupil.name)}
            </button>
            <Link href={`/privacy/pupil/${encodeURIComponent(pupil.id)}`} class="btn">
              {p.readablePage(pupil.name)}
            </Link>
            <button type="button" class="btn danger" onClick={() => setConfirm(true)}>
              {p.erasePupil(pupil.name)}
            </button>
          </div>
        </>
      )}
      {confirm && pupil && (
        <ConfirmDialog
          message={p.erasePupilConfirm(pupil.name)}
          confirmLabel={p.erasePupil(pupil.name)}
          danger
          onCancel={() => setConfirm(false)}
          onConfirm={async () => {
            setConfirm(false);
            try {
              await erasePupil(pupil.id);
              setPupilId('');
              setMsg({ ok: true, text: p.pupilErased(pupil.name) });
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
