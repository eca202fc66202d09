// What is due today for a class: each routine with its steps, and done / skipped with a note. On a
// school holiday nothing is due (a run the teacher logs anyway shows as an extra).
// Used on the routines screen and (small) on the class screen.
import { useState } from 'preact/hooks';
import { loadHolidays } from '../../data/holidays';
import { useLiveQuery } from '../../data/live';
import { deleteRun, listRoutines, listRuns, logRun, setRunNote } from '../../data/routines';
import { todayIso } from '../../domain/dates';
import { dayOff, holidayOn } from '../../domain/holidays';
import { runOn, todayState } from '../../domain/routine-log';
import { type DayOff, dueOn } from '../../domain/schedule';
import type { Routine, RoutineRun } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';
import { holidayName } from './holiday-words';
import { RoutineSteps } from './RoutineSteps';

export function TodayList(props: { classId: string; back: string; headingLevel?: 2 | 3 }) {
  const { m, lang } = useI18n();
  const today = todayIso();
  const data = useLiveQuery(async () => {
    const [routines, runs, holidays] = await Promise.all([
      listRoutines(props.classId),
      listRuns(props.classId, today, today),
      loadHolidays(props.classId),
    ]);
    return { routines, runs, holidays: holidays.periods };
  }, [props.classId, today]);
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  if (!data) return <p class="loading">{m.common.loading}</p>;
  // Due today, plus anything logged today although not scheduled (an extra run).
  const off = dayOff(data.holidays);
  const holiday = holidayOn(data.holidays, today);
  const due = dueOn(data.routines, today, off);
  const extra = data.routines.filter((r) => !due.includes(r) && runOn(data.runs, r.id, today));
  const list = [...due, ...extra];
  return (
    <section class="today" aria-labelledby={`today-h-${props.classId}`}>
      <H id={`today-h-${props.classId}`}>{m.routines.todayFor(formatDate(today, lang, { weekday: true }))}</H>
      {holiday && (
        <p class="holiday-today">
          {holiday.kind === 'own'
            ? m.holidays.todayOwnOff(holidayName(holiday, m))
            : m.holidays.todayOff(holidayName(holiday, m))}
        </p>
      )}
      {list.length === 0 ? (
        !holiday && <p class="empty">{m.routines.nothingToday}</p>
      ) : (
        <ul class="today-list">
          {list.map((r) => (
            <TodayItem key={r.id} routine={r} runs={data.runs} today={today} back={props.back} off={off} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TodayItem(props: {
  routine: Routine;
  runs: RoutineRun[];
  today: string;
  back: string;
  off: DayOff;
}) {
  const { m } = useI18n();
  const { routine: r, today } = props;
  const state = todayState(r, props.runs, today, props.off);
  const run = runOn(props.runs, r.id, today);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [noteSaved, setNoteSaved] = useState(false);
  const log = (status: RoutineRun['status']) =>
    void logRun({ classId: r.classId, routineId: r.id, date: today, status, note: note ?? '' }).catch(
      () => {},
    );
  return (
    <li class={`today-item state-${state}`}>
      <div class="row wrap today-head">
        <strong class="today-name">{r.name}</strong>
        {r.schedule.time && <span class="count-muted">{m.routines.at(r.schedule.time)}</span>}
        {state === 'done' && <span class="badge ok-badge">✓ {m.routines.doneState}</span>}
        {state === 'skipped' && <span class="badge subtle">{m.routines.skippedState}</span>}
      </div>
      <fieldset class="row wrap bare" aria-label={r.name}>
        {r.steps.length > 0 && (
          <button type="button" class="btn ghost small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? m.routines.hideSteps : m.routines.showSteps}
          </button>
        )}
        {run ? (
          <button
            type="button"
            class="btn ghost small"
            onClick={() => void deleteRun(run.id).catch(() => {})}
          >
            ↺ {m.routines.undo}
          </button>
        ) : (
          <>
            <button type="button" class="btn primary small" onClick={() => log('done')}>
              ✓ {m.routines.markDone}
            </button>
            <button type="button" class="btn small" onClick={() => log('skipped')}>
              {m.routines.markSkipped}
            </button>
          </>
        )}
      </fieldset>
      {open && <RoutineSteps routine={r} back={props.back} />}
      {run ? (
        <form
          class="row wrap today-note"
          onSubmit={(e) => {
            e.preventDefault();
            void setRunNote(run.id, note ?? run.note)
              .then(() => setNoteSaved(true))
              .catch(() => setNoteSaved(false));
          }}
        >
          <label for={`note-${r.id}`}>{m.routines.note}</label>
          <input
            id={`note-${r.id}`}
            maxLength={500}
            value={note ?? run.note}
            onInput={(e) => {
              setNote(e.currentTarget.value);
              setNoteSaved(false);
            }}
          />
          <button type="submit" class="btn small">
            {m.routines.saveNote}
          </button>
          <span role="status" class="help">
            {noteSaved ? m.routines.noteSaved : ''}
          </span>
        </form>
      ) : (
        <div class="row wrap today-note">
          <label for={`note-${r.id}`}>{m.routines.note}</label>
          <input
            id={`note-${r.id}`}
            maxLength={500}
            value={note ?? ''}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
      )}
    </li>
  );
}
