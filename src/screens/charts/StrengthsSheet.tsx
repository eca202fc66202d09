// The printable one-page "My strengths" sheet for the development talk: warm, in the pupil's own
// language, only this child's strengths and what they did. No numbers, no comparison with anyone.
// The sheet itself is SheetArticle, the same as in the print of all the class's sheets.
import { useState } from 'preact/hooks';
import { loadPupilChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import type { Period } from '../../domain/periods';
import type { Lang } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { SheetArticle, sheetStrengths } from './SheetArticle';
import { SheetNotYet } from './SheetNotYet';
import { SheetTools, useSheetMessages } from './SheetTools';

export { clampText } from './SheetArticle';

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
  const sheet = useSheetMessages(lang);

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
  const pupil = data.pupil;
  // Never an empty sheet to print: the teacher gets the nudge instead (a deep link can land here).
  if (sheetStrengths(pupilId, period, data.recognitions).length === 0)
    return (
      <main id="main" class="page">
        <Link href={props.back} class="btn ghost">
          <span aria-hidden="true">←</span> {app.m.charts.backToPupil(pupil.name)}
        </Link>
        <h1>{app.m.charts.pupilTitle(pupil.name)}</h1>
        <SheetNotYet classId={classId} pupilId={pupil.id} name={pupil.name} />
      </main>
    );

  return (
    <main id="main" class="page sheet-page">
      <SheetTools
        backHref={props.back}
        backLabel={app.m.charts.backToPupil(pupil.name)}
        lang={lang}
        onLang={setChosen}
      />
      <SheetArticle
        pupil={pupil}
        recognitions={data.recognitions}
        strengths={new Map(data.strengths.map((s) => [s.id, s]))}
        classmates={new Map(data.classmates.map((p) => [p.id, p]))}
        className={props.className}
        period={period}
        lang={sheet.lang}
        m={sheet.m}
        headingLevel={1}
      />
    </main>
  );
}
