// The printable one-page "My strengths" sheet for the development talk: warm, in the pupil's own
// language, only this child's strengths and what they did. No numbers, no comparison with anyone.
import { useEffect, useState } from 'preact/hooks';
import { loadPupilChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import { pupilStrengths } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import { LANGS, type Lang } from '../../domain/types';
import { localized } from '../../domain/wording';
import { LANG_NAMES, loadMessages, useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { Link } from '../../router';
import { chartsNoticedBy, fmtDay, periodLabel } from './format';
import { SheetNotYet } from './SheetNotYet';

/** What fits on one A4 page at a size a child can read (checked by an e2e test on a PDF). */
const MAX_STRENGTHS = 6;
/** Sheet-only: the teacher's view always has the full text. */
const MAX_EXAMPLE_CHARS = 130;

export function clampText(text: string, max = MAX_EXAMPLE_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

export function StrengthsSheet(props: {
  classId: string;
  className: string;
  pupilId: string;
  period: Period;
  back: string;
}) {
  const app = useI18n();
  const { classId, pupilId, period } = props;
  const data = useLiveQuery(
    () => loadPupilChartData(classId, pupilId, period),
    [classId, pupilId, period.start, period.end],
  );
  const [chosen, setChosen] = useState<Lang | null>(null);
  const lang: Lang = chosen ?? data?.pupil?.lang ?? app.lang;
  const [sheet, setSheet] = useState<{ lang: Lang; m: Messages } | null>(null);
  useEffect(() => {
    let alive = true;
    void loadMessages(lang).then((m) => alive && setSheet({ lang, m }));
    return () => {
      alive = false;
    };
  }, [lang]);

  if (!data || !sheet) return <p class="loading page">{app.m.common.loading}</p>;
  if (!data.pupil)
    return (
      <main id="main" class="page">
        <h1>{app.m.charts.pupilNotFound}</h1>
        <Link href={props.back} class="btn">
          {app.m.common.back}
        </Link>
      </main>
    );
  const m = sheet.m;
  const pupil = data.pupil;
  const r = pupilStrengths({ period, pupilId, recognitions: data.recognitions });
  const byId = new Map(data.strengths.map((s) => [s.id, s]));
  const mates = new Map(data.classmates.map((p) => [p.id, p]));
  const shown = r.strengths.slice(0, MAX_STRENGTHS);
  // Two examples each while there is room, one each when the page is full of strengths.
  const perStrength = shown.length <= 3 ? 2 : 1;
  const htmlLang = sheet.lang === 'en' ? 'en' : sheet.lang;
  // Never an empty sheet to print: the teacher gets the nudge instead (a deep link can land here).
  if (shown.length === 0)
    return (
      <main id="main" class="page">
        <Link href={props.back} class="btn ghost">
          <span aria-hidden="true">←</span> {app.m.charts.backToPupil(pupil.name)}
        </Link>
        <h1>{app.m.charts.pupilTitle(pupil.name)}</h1>
        <SheetNotYet classId={classId} pupilId={pupil.id} name={pupil.name} />
      </main>
    );
  const [open, close] = sheet.lang === 'en' ? ['\u201c', '\u201d'] : ['\u00ab', '\u00bb'];

  return (
    <main id="main" class="page sheet-page">
      <div class="row wrap sheet-tools">
        <Link href={props.back} class="btn ghost">
          <span aria-hidden="true">←</span> {app.m.charts.backToPupil(pupil.name)}
        </Link>
        <label class="lang-switch">
          {app.m.charts.sheetLang}
          <select value={lang} onChange={(e) => setChosen(e.currentTarget.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn primary" onClick={() => window.print()}>
          <span aria-hidden="true">🖨️</span> {app.m.charts.print}
        </button>
      </div>
      <article class="sheet" lang={htmlLang} data-chart-ready="sheet" aria-labelledby="sheet-title">
        <header class="sheet-head">
          <span class="sheet-tree" aria-hidden="true">
            🌳
          </span>
          <div>
            <h1 id="sheet-title">{m.charts.sheetTitle}</h1>
            <p class="sheet-name" dir="auto">
              {pupil.name}
            </p>
          </div>
        </header>
        <p class="sheet-intro">{m.charts.sheetIntro(pupil.name)}</p>
        <p class="sheet-did">{m.charts.sheetExamples}</p>
        <ul class="sheet-strengths">
          {shown.map((s) => {
            const st = byId.get(s.strengthId);
            return (
              <li key={s.strengthId} class="sheet-strength">
                <span class="sheet-symbol" aria-hidden="true">
                  {st?.symbol ?? '🌱'}
                </span>
                <div>
                  <h2>{st ? localized(st.name, sheet.lang) : '?'}</h2>
                  {st && <p class="sheet-def">{localized(st.definition, sheet.lang)}</p>}
                  <ul class="sheet-examples">
                    {s.examples.slice(0, perStrength).map((e) => (
                      <li key={e.id}>
                        <span dir="auto">
                          {open}
                          {clampText(e.text)}
                          {close}
                        </span>{' '}
                        <span class="sheet-by">
                          – {m.charts.sheetSeenBy(chartsNoticedBy(e.noticedBy, mates, m))}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            );
          })}
        </ul>
        <p class="sheet-closing">{m.charts.sheetClosing}</p>
        <footer class="sheet-foot">
          {props.className} · {periodLabel(period, m, sheet.lang)} · {fmtDay(Date.now(), sheet.lang)}
        </footer>
      </article>
    </main>
  );
}
