// One "My strengths" sheet (one A4 page): used by the print of all the class's sheets. Props in, no
// data access; the words come from the catalogue of the sheet's language.
import { pupilStrengths } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import type { Lang, Pupil, Recognition, Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import type { Messages } from '../../i18n/messages';
import { chartsNoticedBy, fmtDay, periodLabel } from './format';
import { clampText } from './StrengthsSheet';

/** What fits on one A4 page at a size a child can read (the same as the single sheet). */
const MAX_STRENGTHS = 6;

export function SheetArticle(props: {
  pupil: Pupil;
  /** This pupil's approved recognitions in the period. */
  recognitions: Recognition[];
  strengths: Map<string, Strength>;
  classmates: Map<string, Pupil>;
  className: string;
  period: Period;
  lang: Lang;
  m: Messages;
}) {
  const { pupil, m, lang, period } = props;
  const r = pupilStrengths({ period, pupilId: pupil.id, recognitions: props.recognitions });
  const shown = r.strengths.slice(0, MAX_STRENGTHS);
  const perStrength = shown.length <= 3 ? 2 : 1;
  const [open, close] = lang === 'en' ? ['\u201c', '\u201d'] : ['\u00ab', '\u00bb'];
  const titleId = `sheet-title-${pupil.id}`;
  return (
    <article class="sheet" lang={lang} aria-labelledby={titleId}>
      <header class="sheet-head">
        <span class="sheet-tree" aria-hidden="true">
          🌳
        </span>
        <div>
          <h2 id={titleId} class="sheet-h">
            {m.charts.sheetTitle}
          </h2>
          <p class="sheet-name" dir="auto">
            {pupil.name}
          </p>
        </div>
      </header>
      <p class="sheet-intro">{m.charts.sheetIntro(pupil.name)}</p>
      <p class="sheet-did">{m.charts.sheetExamples}</p>
      <ul class="sheet-strengths">
        {shown.map((s) => {
          const st = props.strengths.get(s.strengthId);
          return (
            <li key={s.strengthId} class="sheet-strength">
              <span class="sheet-symbol" aria-hidden="true">
                {st?.symbol ?? '🌱'}
              </span>
              <div>
                <h3>{st ? localized(st.name, lang) : '?'}</h3>
                {st && <p class="sheet-def">{localized(st.definition, lang)}</p>}
                <ul class="sheet-examples">
                  {s.examples.slice(0, perStrength).map((e) => (
                    <li key={e.id}>
                      <span dir="auto">
                        {open}
                        {clampText(e.text)}
                        {close}
                      </span>{' '}
                      <span class="sheet-by">
                        – {m.charts.sheetSeenBy(chartsNoticedBy(e.noticedBy, props.classmates, m))}
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
        {props.className} · {periodLabel(period, m, lang)} · {fmtDay(Date.now(), lang)}
      </footer>
    </article>
  );
}
