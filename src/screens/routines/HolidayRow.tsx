// One holiday on the school-holiday screen: a suggested break to confirm, move (autumn and winter
// by week; moving confirms it) or remove, or a confirmed one whose dates can be changed. A suggestion
// counts only once the teacher has confirmed, moved or changed it.
import { useState } from 'preact/hooks';
import { confirmHoliday, removeHoliday } from '../../data/holidays';
import {
  BREAK_WEEKS,
  type Holiday,
  type HolidayProblem,
  weekBreak,
  weekOfHoliday,
} from '../../domain/holidays';
import { useI18n } from '../../i18n/i18n';
import { holidayDates, holidayName, problemText } from './holiday-words';

export function HolidayRow(props: {
  classId: string;
  holiday: Holiday;
  confirmed: boolean;
  schoolYear: number;
  onStatus: (text: string) => void;
}) {
  const { m, lang } = useI18n();
  const t = m.holidays;
  const h = props.holiday;
  const [editing, setEditing] = useState(false);
  const [from, setFrom] = useState(h.from);
  const [to, setTo] = useState(h.to);
  const [error, setError] = useState<HolidayProblem | null>(null);
  const name = holidayName(h, m);
  const id = h.id;
  const week = weekOfHoliday(h);
  const weeks = h.kind === 'autumn' || h.kind === 'winter' ? BREAK_WEEKS[h.kind] : null;

  const save = async (next: Holiday): Promise<boolean> => {
    try {
      const problem = await confirmHoliday(props.classId, next);
      setError(problem);
      if (problem) return false;
      props.onStatus(t.confirmedStatus(name));
      return true;
    } catch {
      return false;
    }
  };
  // Choosing the week is the teacher's answer for this class: the break is confirmed in that week.
  const moveTo = (w: number) => {
    if (h.kind !== 'autumn' && h.kind !== 'winter') return;
    const next = weekBreak(h.kind, props.schoolYear, w);
    void save({ ...h, from: next.from, to: next.to });
  };

  return (
    <li class={`card holiday-row ${props.confirmed ? 'confirmed' : 'suggested'}`}>
      <div class="row wrap holiday-head">
        <h3>{name}</h3>
        {h.kind === 'own' ? null : props.confirmed ? (
          <span class="badge ok-badge">✓ {t.confirmed}</span>
        ) : (
          <span class="badge subtle">{t.suggested}</span>
        )}
      </div>
      <p class="holiday-dates">{holidayDates(h, m, lang)}</p>
      {editing ? (
        <form
          class="row wrap holiday-edit"
          aria-label={`${t.adjust}: ${name}`}
          onSubmit={async (e) => {
            e.preventDefault();
            if (await save({ ...h, from, to })) setEditing(false);
          }}
        >
          <span class="holiday-field">
            <label for={`hf-${id}`}>{t.from}</label>
            <input id={`hf-${id}`} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </span>
          <span class="holiday-field">
            <label for={`ht-${id}`}>{t.to}</label>
            <input id={`ht-${id}`} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </span>
          <button type="submit" class="btn primary small">
            {t.save}
          </button>
          <button
            type="button"
            class="btn ghost small"
            onClick={() => {
              setEditing(false);
              setError(null);
            }}
          >
            {t.cancel}
          </button>
        </form>
      ) : (
        <fieldset class="row wrap bare" aria-label={name}>
          {weeks && week !== undefined && (
            <span class="row holiday-week">
              <label for={`hw-${id}`}>{t.weekLabel}</label>
              <select id={`hw-${id}`} value={week} onChange={(e) => moveTo(Number(e.currentTarget.value))}>
                {(weeks.includes(week) ? weeks : [...weeks, week].sort((a, b) => a - b)).map((w) => (
                  <option key={w} value={w}>
                    {w}
                  </option>
                ))}
              </select>
            </span>
          )}
          {!props.confirmed && (
            <button type="button" class="btn primary small" onClick={() => void save(h)}>
              ✓ {t.confirm}
            </button>
          )}
          <button
            type="button"
            class="btn small"
            onClick={() => {
              setFrom(h.from);
              setTo(h.to);
              setEditing(true);
            }}
          >
            {t.adjust}
          </button>
          <button
            type="button"
            class="btn ghost small danger-text"
            onClick={() =>
              void removeHoliday(props.classId, h)
                .then(() => props.onStatus(t.removedStatus(name)))
                .catch(() => {})
            }
          >
            {t.remove}
          </button>
        </fieldset>
      )}
      {error && (
        <p class="field-error" role="alert">
          {problemText(error, m)}
        </p>
      )}
    </li>
  );
}
