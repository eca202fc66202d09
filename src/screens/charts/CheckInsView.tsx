// Scaling check-ins over time, one line per sub-goal (class-level: fit for a shared screen).
import { loadCheckInChartData } from '../../data/charts';
import { useLiveQuery } from '../../data/live';
import { checkInSeries } from '../../domain/check-in-series';
import { parseIsoDate } from '../../domain/dates';
import { numberFormat } from '../../domain/locale-format';
import { type Period, periodRange } from '../../domain/periods';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/charts/DataTable';
import { LineChart } from '../../ui/charts/LineChart';
import { fmtDay, timeTicks } from './format';

export function CheckInsView(props: { classId: string; period: Period }) {
  const { m, lang } = useI18n();
  const { classId, period } = props;
  const data = useLiveQuery(() => loadCheckInChartData(classId, period), [classId, period.start, period.end]);
  if (!data) return <p class="loading">{m.common.loading}</p>;
  const series = checkInSeries({ period, subgoals: data.subgoals, checkIns: data.checkIns });
  const { from, to } = periodRange(period);
  const ticks = timeTicks(period, lang);
  const num = numberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  return (
    <div class="chart-sections" data-chart-ready="check-ins">
      <section class="chart-card" aria-labelledby="ci-title">
        <h2 id="ci-title">{m.charts.checkInsTitle}</h2>
        <p class="help">{m.charts.checkInsIntro}</p>
        {series.length === 0 && <p class="empty">{m.charts.noCheckIns}</p>}
      </section>
      {series.map((s) => {
        const points = s.points.map((p) => ({
          key: p.id,
          t: parseIsoDate(p.date).getTime() + 12 * 3_600_000,
          value: p.value,
          description: m.charts.checkInPoint(fmtDay(p.date, lang), num.format(p.value), p.placed),
        }));
        const hid = `ci-${s.subgoalId}`;
        return (
          <section key={s.subgoalId} class="chart-card" aria-labelledby={hid}>
            <h3 id={hid} dir="auto">
              {s.text} {s.active && <span class="badge subtle">{m.charts.activeGoal}</span>}
              {s.reachedOn && (
                <span class="badge subtle">{m.charts.reachedGoal(fmtDay(s.reachedOn, lang))}</span>
              )}
            </h3>
            <LineChart
              label={m.charts.checkInChart(s.text)}
              points={points}
              from={from}
              to={to}
              ticks={ticks}
            />
            <DataTable
              toggle={m.charts.showTable}
              caption={m.charts.checkInChart(s.text)}
              head={[m.charts.colDate, m.charts.colValue, m.charts.colPlaced, '1', '2', '3', '4', '5']}
              rows={s.points.map((p) => [
                fmtDay(p.date, lang),
                num.format(p.value),
                p.agreed ? m.charts.agreed : p.placed,
                ...p.counts,
              ])}
            />
          </section>
        );
      })}
    </div>
  );
}
