// The class overview: which strengths the class was noticed for, week by week, the focus strength
// against the others, and adults vs pupils. Class-level numbers only: fit for a shared screen.
import { loadClassChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import { type BucketCounts, classOverview } from '../../domain/charts';
import type { Period } from '../../domain/periods';
import type { Lang, Strength } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { BarChart } from '../../ui/charts/BarChart';
import { type ChartSeries, ColumnChart } from '../../ui/charts/ColumnChart';
import { DataTable } from '../../ui/charts/DataTable';
import { SERIES_MAX } from '../../ui/charts/palette';
import { bucketLabels, strengthLabel } from './format';

export const OTHER_KEY = '__other';

export function ClassOverviewView(props: { classId: string; period: Period }) {
  const { m, lang } = useI18n();
  const { classId, period } = props;
  const data = useLiveQuery(() => loadClassChartData(classId, period), [classId, period.start, period.end]);
  if (!data) return <p class="loading">{m.common.loading}</p>;
  const o = classOverview({ period, recognitions: data.recognitions, focus: data.focus, now: Date.now() });
  const byId = new Map(data.strengths.map((s) => [s.id, s]));
  const name = (id: string) => strengthLabel(byId.get(id), lang);

  // The most noticed strengths get their own colour and pattern; the rest share "other strengths".
  const top = o.byStrength.slice(0, SERIES_MAX).map((s) => s.strengthId);
  const slot = new Map(top.map((id, i) => [id, i]));
  const hasOther = o.byStrength.length > top.length;
  const series: ChartSeries[] = [
    ...top.map((id, i) => ({ key: id, label: name(id), index: i })),
    ...(hasOther ? [{ key: OTHER_KEY, label: m.charts.otherStrengths, index: SERIES_MAX }] : []),
  ];
  const grouped = o.overTime.map((b) => {
    const counts: Record<string, number> = {};
    for (const [k, v] of Object.entries(b.counts)) {
      const key = slot.has(k) ? k : OTHER_KEY;
      counts[key] = (counts[key] ?? 0) + v;
    }
    return { ...b, counts };
  });
  const months = o.overTime[0]?.bucket.kind === 'month';

  return (
    <div class="chart-sections" data-chart-ready="class">
      <p class="lead chart-summary">
        {o.total === 0 ? m.charts.nothingYet : m.charts.summary(o.total, o.wholeClass)}
      </p>
      {o.total > 0 && (
        <>
          <section class="chart-card" aria-labelledby="c-strengths">
            <h2 id="c-strengths">{m.charts.strengthsTitle}</h2>
            <BarChart
              label={m.charts.strengthsChart}
              bars={o.byStrength.map((s) => ({
                key: s.strengthId,
                label: name(s.strengthId),
                value: s.count,
                index: slot.get(s.strengthId) ?? SERIES_MAX,
                description: m.charts.barDescription(name(s.strengthId), s.count),
              }))}
            />
            <DataTable
              toggle={m.charts.showTable}
              caption={m.charts.strengthsChart}
              head={[m.charts.colStrength, m.charts.colCount]}
              rows={o.byStrength.map((s) => [name(s.strengthId), s.count])}
            />
          </section>

          <section class="chart-card" aria-labelledby="c-time">
            <h2 id="c-time">{months ? m.charts.overTimeTitleMonths : m.charts.overTimeTitle}</h2>
            <TimeChart label={m.charts.overTimeChart} series={series} columns={grouped} m={m} lang={lang} />
          </section>

          <section class="chart-card" aria-labelledby="c-focus">
            <h2 id="c-focus">{m.charts.focusTitle}</h2>
            <p>
              {o.focus.strengthIds.length === 0
                ? m.charts.focusNone
                : m.charts.focusSummary(focusNames(o.focus.strengthIds, byId, lang), o.focus.focus, o.total)}
            </p>
            {o.focus.strengthIds.length > 0 && (
              <TimeChart
                label={m.charts.focusChart}
                series={[
                  { key: 'focus', label: m.charts.focusSeries, index: 0 },
                  { key: 'other', label: m.charts.otherSeries, index: 3 },
                ]}
                columns={o.focus.overTime}
                m={m}
                lang={lang}
              />
            )}
          </section>

          <section class="chart-card" aria-labelledby="c-noticers">
            <h2 id="c-noticers">{m.charts.noticersTitle}</h2>
            <p>{m.charts.noticersSummary(o.noticers.adults, o.noticers.pupils)}</p>
            <TimeChart
              label={m.charts.noticersChart}
              series={[
                { key: 'adults', label: m.charts.adults, index: 4 },
                { key: 'pupils', label: m.charts.pupils, index: 1 },
              ]}
              columns={o.noticers.overTime}
              m={m}
              lang={lang}
            />
          </section>
        </>
      )}
    </div>
  );
}

function focusNames(ids: string[], byId: Map<string, Strength>, lang: Lang): string {
  return ids.map((id) => strengthLabel(byId.get(id), lang)).join(', ');
}

/** A column chart over the period's weeks (or months) with its data table. */
export function TimeChart(props: {
  label: string;
  series: ChartSeries[];
  columns: BucketCounts[];
  m: Messages;
  lang: Lang;
}) {
  const { m, lang, series } = props;
  const cols = props.columns.map((c) => {
    const l = bucketLabels(c.bucket, m, lang);
    const parts = series
      .filter((s) => c.counts[s.key])
      .map((s) => `${s.label} ${c.counts[s.key]}`)
      .join(', ');
    return {
      key: c.bucket.start,
      label: l.short,
      long: l.long,
      description: m.charts.columnDescription(l.long, c.total, parts),
      counts: c.counts,
      total: c.total,
    };
  });
  const months = props.columns[0]?.bucket.kind === 'month';
  return (
    <>
      <ColumnChart
        label={props.label}
        series={series}
        columns={cols}
        axisLabel={months ? m.charts.monthAxis : m.charts.weekAxis}
        hint={m.charts.chartHint}
      />
      <DataTable
        toggle={m.charts.showTable}
        caption={props.label}
        head={[m.charts.colWhen, ...series.map((s) => s.label), m.charts.colTotal]}
        rows={cols.map((c) => [c.long, ...series.map((s) => c.counts[s.key] ?? 0), c.total])}
      />
    </>
  );
}
