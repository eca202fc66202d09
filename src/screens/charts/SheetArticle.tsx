// One "My strengths" sheet (one A4 page): the single sheet of a pupil (its own page, heading level 1)
// and each sheet of the print of all the class's sheets (level 2). Props in, no data access; the
// words come from the catalogue of the sheet's language. No numbers, no comparison with anyone.
import { type PupilStrength, pupilStrengths } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import type { Lang, Pupil, Recognition, Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import type { Messages } from '../../i18n/messages';
import { chartsNoticedBy, fmtDay, periodLabel } from './format';

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

/** The strengths a pupil's sheet shows (none: no sheet to print). */
export function sheetStrengths(
  pupilId: string,
  period: Period,
  recognitions: Recognition[],
): PupilStrength[] {
  return pupilStrengths({ period, pupilId, recognitions }).strengths.slice(0, MAX_STRENGTHS);
}

export function SheetArticle(props: {
  pupil: Pupil;
  /** This pupil's approved recognitions in the period (others' are ignored). */
  recognitions: Recognition[];
  strengths: ReadonlyMap<string, Strength>;
  classmates: ReadonlyMap<string, Pupil>;
  className: string;
  period: Period;
  lang: Lang;
  m: Messages;
  /** 1 when the sheet is the page (its title is the page's h1), 2 inside the print of all sheets. */
  headingLevel?: 1 | 2;
}) {
  const { pupil, m, lang, period } = props;
  const single = props.headingLevel === 1;
  const shown = sheetStrengths(pupil.id, period, props.recognitions);
  // Two examples each while there is room, one each when the page is full of strengths.
  const perStrength = shown.length <= 3 ? 2 : 1;
  const [open, close] = lang === 'en' ? ['\u201c', '\u201d'] : ['\u00ab', '\u00bb'];
  const titleId = single ? 'sheet-title' : `sheet-title-${pupil.id}`;
  const StrengthH = single ? 'h2' : 'h3';
  return (
    <article
      class="sheet"
      lang={lang}
      data-chart-ready={single ? 'sheet' : undefined}
      aria-labelledby={titleId}
    >
      <header class="sheet-head">
        <span class="sheet-tree" aria-hidden="true">
          🌳
        </span>
        <div>
          {single ? (
            <h1 id={titleId}>{m.charts.sheetTitle}</h1>
          ) : (
            <h2 id={titleId} class="sheet-h">
              {m.charts.sheetTitle}
            </h2>
          )}
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
                <StrengthH>{st ? localized(st.name, lang) : '?'}</StrengthH>
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
