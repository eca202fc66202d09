// /class/:id/charts/...: the strength charts of one class. The class overview and check-ins are fit
// for a shared screen (no count per named child); the per-pupil and "nobody left out" views are for
// the teacher only and say so. Loaded on demand: none of this is in the home screen's bundle.
import { getClass } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ChartDefs } from '../../ui/charts/palette';
import { CheckInsView } from './CheckInsView';
import { ClassOverviewView } from './ClassOverviewView';
import { ClassSheets } from './ClassSheets';
import { NobodyLeftOutView } from './NobodyLeftOutView';
import { PeriodPicker } from './PeriodPicker';
import { PupilPicker } from './PupilPicker';
import { PupilView } from './PupilView';
import { periodQuery, usePeriod } from './period-state';
import { StrengthsSheet } from './StrengthsSheet';
import './charts.css';

type View =
  | { kind: 'class' }
  | { kind: 'pupils' }
  | { kind: 'pupil'; pupilId: string }
  | { kind: 'sheet'; pupilId: string }
  | { kind: 'allSheets' }
  | { kind: 'noticed' }
  | { kind: 'checkIns' }
  | { kind: 'unknown' };

export function parseSub(sub: string): View {
  const parts = sub.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'class' };
  if (parts[0] === 'pupils') {
    if (parts.length === 1) return { kind: 'pupils' };
    if (parts.length === 2) return { kind: 'pupil', pupilId: parts[1]! };
    if (parts.length === 3 && parts[2] === 'sheet') return { kind: 'sheet', pupilId: parts[1]! };
  }
  if (parts.length === 1 && parts[0] === 'sheets') return { kind: 'allSheets' };
  if (parts.length === 1 && parts[0] === 'noticed') return { kind: 'noticed' };
  if (parts.length === 1 && parts[0] === 'check-ins') return { kind: 'checkIns' };
  return { kind: 'unknown' };
}

export function ChartsScreen(props: { classId: string; sub: string }) {
  const { m } = useI18n();
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const [period, setPeriod] = usePeriod();
  const view = parseSub(props.sub);
  const base = `/class/${encodeURIComponent(classId)}/charts`;
  const q = periodQuery(period);

  // While the class loads, the view below already starts its own query (no waterfall); only the
  // sheet waits, because it prints the class name.
  if (cls === undefined && (view.kind === 'sheet' || view.kind === 'allSheets' || view.kind === 'unknown'))
    return (
      <main id="main" class="page">
        <p class="loading">{m.common.loading}</p>
      </main>
    );
  if (cls === null || view.kind === 'unknown')
    return (
      <main id="main" class="page">
        <h1>{cls === null ? m.classScreen.notFound : m.common.notFound}</h1>
        <Link href="/" class="btn">
          {m.common.goHome}
        </Link>
      </main>
    );

  if (view.kind === 'sheet')
    return (
      <StrengthsSheet
        classId={classId}
        className={cls?.name ?? ''}
        pupilId={view.pupilId}
        period={period}
        back={`${base}/pupils/${encodeURIComponent(view.pupilId)}${q}`}
      />
    );

  if (view.kind === 'allSheets')
    return (
      <ClassSheets
        classId={classId}
        className={cls?.name ?? ''}
        period={period}
        back={`${base}/pupils${q}`}
      />
    );

  const tab = view.kind === 'pupil' ? 'pupils' : view.kind;
  const tabs = [
    { kind: 'class', href: base, label: m.charts.tabClass, teacher: false },
    { kind: 'pupils', href: `${base}/pupils`, label: m.charts.tabPupils, teacher: true },
    { kind: 'noticed', href: `${base}/noticed`, label: m.charts.tabNoticed, teacher: true },
    { kind: 'checkIns', href: `${base}/check-ins`, label: m.charts.tabCheckIns, teacher: false },
  ] as const;

  return (
    <main id="main" class="page charts-screen">
      <ChartDefs />
      <div class="page-head">
        <Link href={`/class/${encodeURIComponent(classId)}`} class="back-link">
          <span aria-hidden="true">←</span> {m.charts.backToClass}
        </Link>
        <h1>{cls ? m.charts.title(cls.name) : m.common.loading}</h1>
        <nav class="chart-tabs" aria-label={m.charts.tabsLabel}>
          {tabs.map((t) => (
            <Link key={t.kind} href={`${t.href}${q}`} aria-current={tab === t.kind ? 'page' : undefined}>
              {t.label}
              {t.teacher && (
                <span class="lock" role="img" aria-label={m.charts.teacherOnly} title={m.charts.teacherOnly}>
                  🔒
                </span>
              )}
            </Link>
          ))}
        </nav>
      </div>
      <PeriodPicker period={period} onChange={setPeriod} />
      {view.kind === 'class' && <ClassOverviewView classId={classId} period={period} />}
      {view.kind === 'pupils' && (
        <PupilPicker classId={classId} base={`${base}/pupils`} query={q} sheetsHref={`${base}/sheets${q}`} />
      )}
      {view.kind === 'pupil' && (
        <PupilView
          key={view.pupilId}
          classId={classId}
          pupilId={view.pupilId}
          period={period}
          sheetHref={`${base}/pupils/${encodeURIComponent(view.pupilId)}/sheet${q}`}
          allHref={`${base}/pupils${q}`}
          pupilHref={(id) => `${base}/pupils/${encodeURIComponent(id)}${q}`}
        />
      )}
      {view.kind === 'noticed' && <NobodyLeftOutView classId={classId} period={period} />}
      {view.kind === 'checkIns' && <CheckInsView classId={classId} period={period} />}
    </main>
  );
}
