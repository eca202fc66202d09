// How the routines have been kept over the last four weeks, in friendly words (no scores, no red),
// school holidays not counted as planned, and the log of runs with their notes (the whole term, see RunLog).
import { useLiveQuery } from '../../data/live';
import { listRuns } from '../../data/routines';
import { addDaysIso, todayIso } from '../../domain/dates';
import { dayOff, type Holiday, holidaysWithin } from '../../domain/holidays';
import { keptSummary } from '../../domain/routine-log';
import type { Routine } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';
import { holidayName } from './holiday-words';
import { RunLog } from './RunLog';

export function KeptOverview(props: { classId: string; routines: Routine[]; holidays: Holiday[] }) {
  const { m, lang } = useI18n();
  const r = m.routines;
  const today = todayIso();
  const from = addDaysIso(today, -27);
  const runs = useLiveQuery(() => listRuns(props.classId, from, today), [props.classId, from, today]);
  if (!runs || props.routines.length === 0) return null;
  const off = dayOff(props.holidays);
  const inWindow = holidaysWithin(props.holidays, from, today);
  return (
    <section class="section" aria-labelledby="kept-h">
      <h2 id="kept-h">{r.overview}</h2>
      <p class="help">{r.overviewHelp}</p>
      {inWindow.length > 0 && (
        <p class="help">{m.holidays.notCounted(inWindow.map((h) => holidayName(h, m)).join(', '))}</p>
      )}
      <ul class="kept-list">
        {props.routines.map((routine) => {
          // Count from the day the routine came into the class: nothing is "missed" before it existed.
          const since = todayIso(routine.createdAt);
          const k = keptSummary(routine, runs, since > from ? since : from, today, { today, off });
          return (
            <li key={routine.id}>
              <strong>{routine.name}</strong>
              <span>
                {r.heldTimes(k.done)}
                {k.planned > 0 && k.done > 0 && ` ${r.ofPlanned(k.planned)}`}
                {k.extra > 0 && ` · ${r.extraTimes(k.extra)}`}
              </span>
              {k.lastDone && <span class="count-muted">{r.lastDone(formatDate(k.lastDone, lang))}</span>}
            </li>
          );
        })}
      </ul>
      <RunLog classId={props.classId} routines={props.routines} today={today} />
    </section>
  );
}
