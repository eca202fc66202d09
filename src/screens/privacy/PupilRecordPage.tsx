// /privacy/pupil/:id - everything stored about one pupil as a readable, printable page for the
// parents (a subject access request), in the pupil's language. The JSON download stays for machines.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import { readPupilRecord } from '../../data/privacy';
import { isoDate, todayIso } from '../../domain/dates';
import type { Lang, NoticedBy } from '../../domain/types';
import { noticedByName } from '../../domain/wording';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';
import { PageLoading, PageNotFound } from '../../ui/PageState';
import { SheetTools, useSheetMessages } from '../charts/SheetTools';

export function PupilRecordPage(props: { pupilId: string }) {
  const app = useI18n();
  const [chosen, setChosen] = useState<Lang | null>(null);
  const first = useLiveQuery(() => readPupilRecord(props.pupilId, 'nb'), [props.pupilId]);
  const lang: Lang = chosen ?? first?.pupil.lang ?? app.lang;
  const record = useLiveQuery(() => readPupilRecord(props.pupilId, lang), [props.pupilId, lang]);
  const page = useSheetMessages(lang);

  if (first === null) return <PageNotFound />;
  if (!record || !page) return <PageLoading />;
  const p = page.m.privacy;
  const day = (ms: number) => formatDate(isoDate(new Date(ms)), page.lang, { year: true });
  const by = (n: NoticedBy) =>
    noticedByName(n, (id) => record.names.get(id), {
      teacher: p.recordTeacher,
      classmate: p.recordClassmate,
    });
  const status = (s: 'waiting' | 'approved' | 'declined') =>
    s === 'waiting' ? p.recordWaiting : s === 'approved' ? p.recordApproved : p.recordDeclined;
  const name = record.pupil.name;

  return (
    <main id="main" class="page record-page">
      <SheetTools backHref="/privacy" backLabel={app.m.common.back} lang={lang} onLang={setChosen} />
      <article lang={page.lang} aria-labelledby="record-h">
        <h1 id="record-h" dir="auto">
          {p.recordTitle(name)}
        </h1>
        <p>{p.recordIntro(record.className)}</p>
        <h2>{p.recordAbout}</h2>
        {record.about.length === 0 ? (
          <p>{p.recordNone}</p>
        ) : (
          <ul>
            {record.about.map((r) => (
              <li key={r.id}>
                <strong>{r.strengthName}</strong> · {day(r.createdAt)} · {p.recordBy(by(r.noticedBy))} ·{' '}
                {status(r.status)}
                {r.text && (
                  <>
                    <br />
                    <span dir="auto">«{r.text}»</span>
                  </>
                )}
                {r.originalText && (
                  <>
                    <br />
                    <span dir="auto">{p.recordOriginal(r.originalText)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <h2>{p.recordNoticed}</h2>
        {record.noticed.length === 0 ? (
          <p>{p.recordNone}</p>
        ) : (
          <ul>
            {record.noticed.map((r) => (
              <li key={r.id}>
                <strong>{r.strengthName}</strong> {p.recordFor(r.aboutName ?? p.recordClassmate)} ·{' '}
                {day(r.createdAt)} · {status(r.status)}
                {r.text && (
                  <>
                    <br />
                    <span dir="auto">«{r.originalText ?? r.text}»</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <h2>{p.recordRounds}</h2>
        {record.rounds.length === 0 ? (
          <p>{p.recordNone}</p>
        ) : (
          <ul>
            {record.rounds.map((f) => (
              <li key={f.start}>
                {formatDate(f.start, page.lang)} – {formatDate(f.end, page.lang, { year: true })} ·{' '}
                {f.absent ? p.recordAbsent : f.watchedOver ? p.recordWatched(f.watchedOver) : ''}
              </li>
            ))}
          </ul>
        )}
        <p class="help">{p.recordMade(formatDate(todayIso(), page.lang, { year: true }))}</p>
      </article>
    </main>
  );
}
