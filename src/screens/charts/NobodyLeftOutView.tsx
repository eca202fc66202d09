// Teacher only, never on a shared screen: the children not noticed yet (or least often) in the
// period, worded as an invitation, and a gentle word on how evenly noticing is spread.
import { loadClassChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import { evennessBand, nobodyLeftOut } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { DataTable } from '../../ui/charts/DataTable';
import { fmtDay } from './format';

export function NobodyLeftOutView(props: { classId: string; period: Period }) {
  const { m, lang } = useI18n();
  const { classId, period } = props;
  const data = useLiveQuery(() => loadClassChartData(classId, period), [classId, period.start, period.end]);
  if (!data) return <p class="loading">{m.common.loading}</p>;
  const r = nobodyLeftOut({ period, pupils: data.pupils, recognitions: data.recognitions });
  if (r.pupils === 0) return <p class="empty">{m.charts.noPupils}</p>;
  const band = evennessBand(r.evenness);
  const spread =
    band === 'even' ? m.charts.spreadEven : band === 'fairly' ? m.charts.spreadFairly : m.charts.spreadUneven;
  const cols = r.histogram.map((h) => {
    const label = m.charts.histColumn(h.times, h.orMore);
    return {
      key: String(h.times),
      label,
      description: `${label}: ${m.charts.children(h.children)}`,
      counts: { children: h.children },
      total: h.children,
    };
  });
  const invite = r.notYet.length > 0 || r.fewest.length > 0;
  return (
    <div class="chart-sections" data-chart-ready="noticed">
      <p class="notice teacher-only" role="note">
        {m.charts.teacherOnlyNote}
      </p>
      <section class="chart-card invitation" aria-labelledby="n-invite">
        <h2 id="n-invite">{invite ? m.charts.invitation : m.charts.everyoneSeen}</h2>
        <p class="lead">{m.charts.noticedOf(r.noticed, r.pupils)}</p>
        {r.notYet.length > 0 && (
          <>
            <h3 id="n-notyet">{m.charts.notYetTitle}</h3>
            <ul class="name-chips" aria-labelledby="n-notyet">
              {r.notYet.map((s) => (
                <li key={s.pupil.id} dir="auto">
                  {s.pupil.name}
                </li>
              ))}
            </ul>
          </>
        )}
        {r.fewest.length > 0 && (
          <>
            <h3 id="n-fewest">{m.charts.fewestTitle}</h3>
            <ul class="name-chips" aria-labelledby="n-fewest">
              {r.fewest.map((s) => (
                <li key={s.pupil.id}>
                  <span dir="auto">{s.pupil.name}</span>
                  {s.last !== undefined && (
                    <span class="meta"> · {m.charts.lastSeen(fmtDay(s.last, lang))}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="chart-card" aria-labelledby="n-spread">
        <h2 id="n-spread">{m.charts.spreadTitle}</h2>
        <p>{spread}</p>
        <ColumnChart
          label={m.charts.spreadChart}
          series={[{ key: 'children', label: m.charts.colChildren, index: 2 }]}
          columns={cols}
          hint={m.charts.chartHint}
        />
        <DataTable
          toggle={m.charts.showTable}
          caption={m.charts.spreadChart}
          head={[m.charts.colTimes, m.charts.colChildren]}
          rows={cols.map((c) => [c.label, c.total])}
        />
      </section>
    </div>
  );
}
