// Teacher only: every pupil's "My strengths" sheet in one print, one A4 page per child, each in the
// child's own language. Children with no strengths in the period get no sheet (an empty sheet is
// not a gift); the screen lists who was left out, so the teacher can look for their strengths.
import { useEffect, useState } from 'preact/hooks';
import { loadClassChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import type { Period } from '../../domain/periods';
import type { Lang } from '../../domain/types';
import { loadMessages, useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { Link } from '../../router';
import { SheetArticle } from './SheetArticle';

export function ClassSheets(props: { classId: string; className: string; period: Period; back: string }) {
  const app = useI18n();
  const { classId, period } = props;
  const data = useLiveQuery(() => loadClassChartData(classId, period), [classId, period.start, period.end]);
  const [catalogues, setCatalogues] = useState<Partial<Record<Lang, Messages>> | null>(null);
  const langs = [...new Set((data?.pupils ?? []).map((p) => p.lang ?? app.lang))].sort().join();
  useEffect(() => {
    if (!data) return;
    let alive = true;
    const wanted = [...new Set([app.lang, ...langs.split(',').filter(Boolean)])] as Lang[];
    void Promise.all(wanted.map((l) => loadMessages(l).then((m) => [l, m] as const))).then(
      (pairs) => alive && setCatalogues(Object.fromEntries(pairs)),
    );
    return () => {
      alive = false;
    };
  }, [langs, app.lang, !!data]);

  if (!data || !catalogues) return <p class="loading page">{app.m.common.loading}</p>;
  const m = app.m.charts;
  const active = data.pupils.filter((p) => !p.archived).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const byPupil = new Map<string, typeof data.recognitions>();
  for (const r of data.recognitions) {
    if (!r.pupilId) continue;
    byPupil.set(r.pupilId, [...(byPupil.get(r.pupilId) ?? []), r]);
  }
  const withSheet = active.filter((p) => byPupil.has(p.id));
  const skipped = active.filter((p) => !byPupil.has(p.id));
  const strengths = new Map(data.strengths.map((s) => [s.id, s]));
  const mates = new Map(data.pupils.map((p) => [p.id, p]));

  return (
    <main id="main" class="page sheet-page class-sheets">
      <div class="sheet-tools">
        <div class="row wrap">
          <Link href={props.back} class="btn ghost">
            <span aria-hidden="true">←</span> {m.allPupils}
          </Link>
          {withSheet.length > 0 && (
            <button type="button" class="btn primary" onClick={() => window.print()}>
              <span aria-hidden="true">🖨️</span> {m.print}
            </button>
          )}
        </div>
        <h1>{m.allSheetsTitle(props.className)}</h1>
        <p>{withSheet.length ? m.allSheetsIntro(withSheet.length) : m.allSheetsNone}</p>
        {skipped.length > 0 && (
          <p class="notice" role="note">
            {m.allSheetsSkipped(skipped.map((p) => p.name).join(', '))}{' '}
            <Link href={`/class/${encodeURIComponent(classId)}/charts/noticed`}>{m.tabNoticed}</Link>
          </p>
        )}
      </div>
      {withSheet.map((p) => {
        const lang = p.lang ?? app.lang;
        return (
          <SheetArticle
            key={p.id}
            pupil={p}
            recognitions={byPupil.get(p.id) ?? []}
            strengths={strengths}
            classmates={mates}
            className={props.className}
            period={period}
            lang={lang}
            m={catalogues[lang] ?? app.m}
          />
        );
      })}
    </main>
  );
}
