// /class/:id/routines: today's routines, the class's routines (editable), the template library,
// and how the routines have been kept.
import { useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { loadHolidays } from '../../data/holidays';
import { useLiveQuery } from '../../data/live';
import {
  addBlankRoutine,
  addRoutineFromTemplate,
  deleteRoutine,
  listRoutines,
  listRuns,
} from '../../data/routines';
import { dayOff } from '../../domain/holidays';
import { ROUTINE_TEMPLATES } from '../../domain/routine-templates';
import { type DayOff, nextOccasion } from '../../domain/schedule';
import type { Routine } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { Link } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format-date';
import { KeptOverview } from './KeptOverview';
import { RoutineEditor } from './RoutineEditor';
import { RoutineSteps } from './RoutineSteps';
import { TodayList } from './TodayList';
import './routines.css';
import { todayIso } from '../../domain/dates';
import { PageLoading, PageNotFound } from '../../ui/PageState';

export function scheduleText(routine: Routine, m: Messages): string {
  const s = routine.schedule;
  if (!s.weekdays.length) return m.routines.notScheduled;
  const days = s.weekdays.map((d) => m.routines.weekdayNames[d - 1]).join(', ');
  return m.routines.scheduleSummary(days, s.time ?? '', s.everyOtherWeek);
}

export function RoutinesScreen(props: { classId: string }) {
  const { m, lang } = useI18n();
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const routines = useLiveQuery(() => listRoutines(classId), [classId]);
  const today = todayIso();
  const loggedToday = useLiveQuery(
    () => listRuns(classId, today, today).then((runs) => new Set(runs.map((r) => r.routineId))),
    [classId, today],
  );
  const holidays = useLiveQuery(() => loadHolidays(classId), [classId]);
  const [added, setAdded] = useState('');
  const back = `/class/${classId}/routines`;
  if (!cls || !routines || !holidays) return cls === null ? <PageNotFound /> : <PageLoading />;
  const off = dayOff(holidays.periods);
  return (
    <main id="main" class="page routines-screen">
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}`}>← {cls.name}</Link>
        </p>
        <h1>{m.routines.title}</h1>
        <p class="lead">{m.routines.intro}</p>
        <p class="help holiday-link">
          <Link href={`/class/${classId}/holidays`}>{m.holidays.open}</Link> ·{' '}
          {m.holidays.summary(holidays.periods.length)}
        </p>
      </div>

      <div class="card">
        <TodayList classId={classId} back={back} />
      </div>

      <section class="section" aria-labelledby="yours-h">
        <h2 id="yours-h">{m.routines.yourRoutines}</h2>
        {routines.length === 0 ? (
          <p class="empty">{m.routines.none}</p>
        ) : (
          <ul class="routine-list">
            {routines.map((r) => (
              <RoutineCard
                key={r.id}
                routine={r}
                back={back}
                today={today}
                loggedToday={!!loggedToday?.has(r.id)}
                off={off}
              />
            ))}
          </ul>
        )}
        <button
          type="button"
          class="btn small"
          onClick={() => void addBlankRoutine(classId, m.routines.blankName).catch(() => {})}
        >
          + {m.routines.newBlank}
        </button>
      </section>

      <section class="section" aria-labelledby="library-h">
        <h2 id="library-h">{m.routines.library}</h2>
        <p class="help">{m.routines.libraryHelp}</p>
        <ul class="template-grid">
          {ROUTINE_TEMPLATES.map((t) => (
            <li key={t.key} class="card template-card">
              <h3>
                <span aria-hidden="true">{t.symbol}</span> {t.name[lang]}
              </h3>
              <p class="help">{t.about[lang]}</p>
              <button
                type="button"
                class="btn small"
                onClick={async () => {
                  try {
                    await addRoutineFromTemplate(classId, t.key, lang);
                    setAdded(m.routines.added(t.name[lang]));
                  } catch {
                    setAdded('');
                  }
                }}
              >
                + {m.routines.addToClass(t.name[lang])}
              </button>
            </li>
          ))}
        </ul>
        <p role="status" class="help">
          {added}
        </p>
      </section>

      <KeptOverview classId={classId} routines={routines} holidays={holidays.periods} />
    </main>
  );
}

function RoutineCard(props: {
  routine: Routine;
  back: string;
  today: string;
  loggedToday: boolean;
  off: DayOff;
}) {
  const { m, lang } = useI18n();
  const r = props.routine;
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState(false);
  if (editing)
    return (
      <li>
        <RoutineEditor routine={r} onDone={() => setEditing(false)} returnTo={`routine-edit-${r.id}`} />
      </li>
    );
  const next = r.active ? nextOccasion(r.schedule, props.today, props.loggedToday, props.off) : undefined;
  return (
    <li class={`card routine-card ${r.active ? '' : 'paused'}`}>
      <h3>{r.name}</h3>
      <p class="help">
        {scheduleText(r, m)}
        {!r.active && ` · ${m.routines.paused}`}
        {next && ` · ${m.routines.nextDue(formatDate(next, lang, { weekday: true }))}`}
      </p>
      <fieldset class="row wrap bare" aria-label={r.name}>
        <button type="button" id={`routine-edit-${r.id}`} class="btn small" onClick={() => setEditing(true)}>
          {m.routines.edit}
        </button>
        {r.steps.length > 0 && (
          <button type="button" class="btn ghost small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? m.routines.hideSteps : m.routines.showSteps}
          </button>
        )}
        <button type="button" class="btn ghost small danger-text" onClick={() => setConfirm(true)}>
          {m.routines.deleteRoutine}
        </button>
      </fieldset>
      {open && <RoutineSteps routine={r} back={props.back} />}
      {confirm && (
        <ConfirmDialog
          danger
          message={m.routines.deleteConfirm(r.name)}
          confirmLabel={m.common.delete}
          onCancel={() => setConfirm(false)}
          onConfirm={() => {
            setConfirm(false);
            void deleteRoutine(r.id).catch(() => {});
          }}
        />
      )}
    </li>
  );
}
