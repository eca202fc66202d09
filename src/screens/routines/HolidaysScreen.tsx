// /class/:id/holidays: the class's school holidays. The common Norwegian breaks of this school year
// are offered (computed, never fetched) for the teacher to confirm, move or remove; the teacher adds
// own days off. Confirmed holidays take routines off the plan (src/domain/schedule.ts).
import { useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { addOwnHoliday, loadHolidays, restoreSuggestion } from '../../data/holidays';
import { useLiveQuery } from '../../data/live';
import { todayIso } from '../../domain/dates';
import { type HolidayProblem, schoolYearOf, suggestedBreaks } from '../../domain/holidays';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { PageLoading, PageNotFound } from '../../ui/PageState';
import { HolidayRow } from './HolidayRow';
import { holidayName, problemText } from './holiday-words';
import './routines.css';

export function HolidaysScreen(props: { classId: string }) {
  const { m } = useI18n();
  const t = m.holidays;
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const holidays = useLiveQuery(() => loadHolidays(classId), [classId]);
  const [status, setStatus] = useState('');
  if (!cls || !holidays) return cls === null ? <PageNotFound /> : <PageLoading />;
  const year = schoolYearOf(todayIso());
  const suggestions = suggestedBreaks(year);
  const suggestionIds = new Set(suggestions.map((s) => s.id));
  const offered = suggestions.filter((s) => !holidays.dismissed.includes(s.id));
  const dismissed = suggestions.filter((s) => holidays.dismissed.includes(s.id));
  // Own days off, and breaks confirmed in other school years.
  const others = holidays.periods.filter((p) => !suggestionIds.has(p.id));
  return (
    <main id="main" class="page holidays-screen">
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}/routines`}>
            ← {m.routines.title} · {cls.name}
          </Link>
        </p>
        <h1>{t.title}</h1>
        <p class="lead">{t.intro}</p>
      </div>

      <section class="section" aria-labelledby="year-h">
        <h2 id="year-h" tabIndex={-1}>
          {t.schoolYear(year, year + 1)}
        </h2>
        <p class="help">{t.suggestionsHelp}</p>
        <ul class="holiday-list" aria-labelledby="year-h">
          {offered.map((s) => {
            const stored = holidays.periods.find((p) => p.id === s.id);
            return (
              <HolidayRow
                key={s.id}
                classId={classId}
                holiday={stored ?? s}
                confirmed={!!stored}
                schoolYear={year}
                onStatus={setStatus}
              />
            );
          })}
        </ul>
        {dismissed.length > 0 && (
          <div class="holiday-dismissed">
            <h3>{t.dismissedTitle}</h3>
            <ul class="row wrap bare-list">
              {dismissed.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    class="btn ghost small"
                    onClick={() =>
                      void restoreSuggestion(classId, s.id)
                        .then(() => {
                          setStatus(t.restoredStatus(holidayName(s, m)));
                          // The button goes away with the restore: keep the keyboard in the list.
                          document.getElementById('year-h')?.focus();
                        })
                        .catch(() => {})
                    }
                  >
                    ↺ {t.restore(holidayName(s, m))}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section class="section" aria-labelledby="own-h">
        <h2 id="own-h">{t.ownTitle}</h2>
        <p class="help">{t.ownHelp}</p>
        {others.length === 0 ? (
          <p class="empty">{t.ownNone}</p>
        ) : (
          <ul class="holiday-list" aria-labelledby="own-h">
            {others.map((h) => (
              <HolidayRow
                key={h.id}
                classId={classId}
                holiday={h}
                confirmed
                schoolYear={schoolYearOf(h.from)}
                onStatus={setStatus}
              />
            ))}
          </ul>
        )}
        <OwnHolidayForm classId={classId} onStatus={setStatus} />
      </section>
      <p role="status" class="help">
        {status}
      </p>
    </main>
  );
}

function OwnHolidayForm(props: { classId: string; onStatus: (text: string) => void }) {
  const { m } = useI18n();
  const t = m.holidays;
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<HolidayProblem | null>(null);
  return (
    <form
      class="card holiday-add"
      aria-labelledby="own-add-h"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const problem = await addOwnHoliday(props.classId, { name, from, to });
          setError(problem);
          if (problem) return;
          props.onStatus(t.addedStatus(name.trim() || t.ownDefault));
          setName('');
          setFrom('');
          setTo('');
        } catch {
          // The error banner says what went wrong; nothing is reported as added.
        }
      }}
    >
      <h3 id="own-add-h">{t.addTitle}</h3>
      <div class="row wrap">
        <span class="holiday-field">
          <label for="own-name">{t.ownName}</label>
          <input id="own-name" maxLength={60} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </span>
        <span class="holiday-field">
          <label for="own-from">{t.from}</label>
          <input id="own-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </span>
        <span class="holiday-field">
          <label for="own-to">{t.to}</label>
          <input id="own-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </span>
        <button type="submit" class="btn primary">
          + {t.add}
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {problemText(error, m)}
        </p>
      )}
    </form>
  );
}
