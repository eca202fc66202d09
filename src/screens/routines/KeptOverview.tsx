// How the routines have been kept over the last four weeks, in friendly words (no scores, no red),
// and the log of runs with their notes (the whole term, see RunLog).
import { useLiveQuery } from '../../data/live';
import { listRuns } from '../../data/routines';
import { addDaysIso, todayIso } from '../../domain/dates';
import { keptSummary } from '../../domain/routine-log';
import type { Routine } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';
import { RunLog } from './RunLog';

export function KeptOverview(props: { classId: string; routines: Routine[] }) {
  const { m, lang } = useI18n();
  const r = m.routines;
  const today = todayIso();
  const from = addDaysIso(today, -27);
  const runs = useLiveQuery(() => listRuns(props.classId, from, today), [props.classId, from, today]);
  if (!runs || props.routines.length === 0) return null;
  return (
    <section class="section" aria-labelledby="kept-h">
      <h2 id="kept-h">{r.overview}</h2>
      <p class="help">{r.overviewHelp}</p>
      <ul class="kept-list">
        {props.routines.map((routine) => {
          // Count from the day the routine came into the class: nothing is "missed" before it existed.
          const since = todayIso(routine.createdAt);
          const k = keptSummary(routine, runs, since > from ? since : from, today, { today });
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
