// Choose the chart period: this week, month, term, school year, or two dates; step back and forth.
import { useState } from 'preact/hooks';
import { customPeriod, type Period, type PeriodKind, periodContaining } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n';
import { periodLabel } from './format';
import { stepPeriod } from './period-state';

export function PeriodPicker(props: { period: Period; onChange: (p: Period) => void }) {
  const { m, lang } = useI18n();
  const { period } = props;
  const [custom, setCustom] = useState(period.kind === 'custom');
  const [from, setFrom] = useState(period.start);
  const [to, setTo] = useState(period.end);
  const [error, setError] = useState(false);
  const kinds: [Exclude<PeriodKind, 'custom'>, string][] = [
    ['week', m.charts.periodWeek],
    ['month', m.charts.periodMonth],
    ['term', m.charts.periodTerm],
    ['schoolYear', m.charts.periodSchoolYear],
  ];
  const prev = stepPeriod(period, -1);
  const next = stepPeriod(period, 1);
  return (
    <section class="period-picker" aria-label={m.charts.period}>
      <fieldset class="row wrap period-kinds">
        <legend class="sr-only">{m.charts.period}</legend>
        {kinds.map(([k, label]) => (
          <button
            key={k}
            type="button"
            class="btn small"
            aria-pressed={!custom && period.kind === k}
            onClick={() => {
              setCustom(false);
              props.onChange(periodContaining(k, new Date()));
            }}
          >
            {label}
          </button>
        ))}
        <button type="button" class="btn small" aria-pressed={custom} onClick={() => setCustom(true)}>
          {m.charts.periodCustom}
        </button>
      </fieldset>
      {custom && (
        <form
          class="row wrap custom-dates"
          onSubmit={(e) => {
            e.preventDefault();
            const p = customPeriod(from, to);
            setError(!p);
            if (p) props.onChange(p);
          }}
        >
          <label>
            {m.charts.from}{' '}
            <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} required />
          </label>
          <label>
            {m.charts.to}{' '}
            <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} required />
          </label>
          <button type="submit" class="btn primary small">
            {m.charts.show}
          </button>
          {error && (
            <p class="field-error" role="alert">
              {m.charts.badDates}
            </p>
          )}
        </form>
      )}
      <div class="row period-now">
        {prev && (
          <button
            type="button"
            class="btn small ghost"
            aria-label={m.charts.previous}
            onClick={() => props.onChange(prev)}
          >
            <span aria-hidden="true">‹</span>
          </button>
        )}
        <p class="period-label" aria-live="polite">
          {periodLabel(period, m, lang)}
        </p>
        {next && (
          <button
            type="button"
            class="btn small ghost"
            aria-label={m.charts.next}
            onClick={() => props.onChange(next)}
          >
            <span aria-hidden="true">›</span>
          </button>
        )}
      </div>
    </section>
  );
}
