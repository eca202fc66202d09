// Teacher only: one pupil's strengths in the period; each bar opens the concrete examples behind it.
import { useState } from 'preact/hooks';
import { loadPupilChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import { pupilStrengths } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { BarChart } from '../../ui/charts/BarChart';
import { DataTable } from '../../ui/charts/DataTable';
import { SERIES_MAX } from '../../ui/charts/palette';
import { chartsNoticedBy, fmtDay, strengthLabel } from './format';
import { SheetNotYet } from './SheetNotYet';

export function PupilView(props: {
  classId: string;
  pupilId: string;
  period: Period;
  sheetHref: string;
  allHref: string;
  pupilHref: (pupilId: string) => string;
}) {
  const { m, lang } = useI18n();
  const { classId, pupilId, period } = props;
  const data = useLiveQuery(
    () => loadPupilChartData(classId, pupilId, period),
    [classId, pupilId, period.start, period.end],
  );
  const [open, setOpen] = useState<string | null>(null);
  if (!data) return <p class="loading">{m.common.loading}</p>;
  if (!data.pupil)
    return (
      <section class="chart-card">
        <h2>{m.charts.pupilNotFound}</h2>
        <Link href={props.allHref} class="btn">
          {m.charts.allPupils}
        </Link>
      </section>
    );
  const pupil = data.pupil;
  const r = pupilStrengths({ period, pupilId, recognitions: data.recognitions });
  const byId = new Map(data.strengths.map((s) => [s.id, s]));
  const mates = new Map(data.classmates.map((p) => [p.id, p]));
  const name = (id: string) => strengthLabel(byId.get(id), lang);
  const selected = r.strengths.find((s) => s.strengthId === open);
  // Step through the class (for preparing development talks) without going back to the list.
  const ring = data.classmates
    .filter((p) => p.archived === pupil.archived)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const at = ring.findIndex((p) => p.id === pupil.id);
  const prev = ring.length > 1 ? ring[(at - 1 + ring.length) % ring.length] : undefined;
  const next = ring.length > 1 ? ring[(at + 1) % ring.length] : undefined;
  const hrefOf = (id: string) => props.pupilHref(id);
  return (
    <div class="chart-sections" data-chart-ready="pupil">
      <p class="notice teacher-only" role="note">
        {m.charts.teacherOnlyNote}
      </p>
      <section class="chart-card" aria-labelledby="pv-title">
        <div class="row wrap space-between">
          <h2 id="pv-title" dir="auto">
            {m.charts.pupilTitle(pupil.name)}
          </h2>
          <div class="row wrap">
            {prev && (
              <Link href={hrefOf(prev.id)} class="btn small ghost" aria-label={m.charts.prevPupil(prev.name)}>
                <span aria-hidden="true">‹</span>
              </Link>
            )}
            <Link href={props.allHref} class="btn small ghost">
              {m.charts.allPupils}
            </Link>
            {next && (
              <Link href={hrefOf(next.id)} class="btn small ghost" aria-label={m.charts.nextPupil(next.name)}>
                <span aria-hidden="true">›</span>
              </Link>
            )}
            {r.total > 0 && (
              <Link href={props.sheetHref} class="btn small primary">
                <span aria-hidden="true">🖨️</span> {m.charts.printSheet}
              </Link>
            )}
          </div>
        </div>
        <p>{m.charts.pupilSummary(pupil.name, r.total)}</p>
        {r.total === 0 && <SheetNotYet classId={classId} pupilId={pupil.id} name={pupil.name} />}
        {r.total > 0 && (
          <>
            <BarChart
              label={m.charts.pupilChart(pupil.name)}
              bars={r.strengths.map((s, i) => ({
                key: s.strengthId,
                label: name(s.strengthId),
                value: s.count,
                index: Math.min(i, SERIES_MAX),
                description: m.charts.barDescription(name(s.strengthId), s.count),
              }))}
              selected={open}
              onSelect={(id) => setOpen((cur) => (cur === id ? null : id))}
              controls="pv-examples"
            />
            <div id="pv-examples" class="examples" aria-live="polite">
              {selected && (
                <>
                  <h3>{m.charts.examplesTitle(name(selected.strengthId))}</h3>
                  <ul>
                    {selected.examples.map((e) => (
                      <li key={e.id}>
                        <p class="example-text" dir="auto">
                          {e.text}
                        </p>
                        <p class="meta">
                          {m.charts.noticedBy(
                            chartsNoticedBy(e.noticedBy, mates, m),
                            fmtDay(e.createdAt, lang),
                          )}
                        </p>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <DataTable
              toggle={m.charts.showTable}
              caption={m.charts.pupilChart(pupil.name)}
              head={[m.charts.colStrength, m.charts.colCount]}
              rows={r.strengths.map((s) => [name(s.strengthId), s.count])}
            />
          </>
        )}
      </section>
    </div>
  );
}
