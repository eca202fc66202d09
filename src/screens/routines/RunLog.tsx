// The log of routine runs with their notes: the whole term so far (not only the four weeks the
// overview counts), newest first, a page at a time.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import { listRuns } from '../../data/routines';
import { parseIsoDate } from '../../domain/dates';
import { periodContaining } from '../../domain/periods';
import type { Routine } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';

export const LOG_PAGE = 20;

export function RunLog(props: { classId: string; routines: Routine[]; today: string }) {
  const { m, lang } = useI18n();
  const r = m.routines;
  const from = periodContaining('term', parseIsoDate(props.today)).start;
  const runs = useLiveQuery(
    () => listRuns(props.classId, from, props.today),
    [props.classId, from, props.today],
  );
  const [shown, setShown] = useState(LOG_PAGE);
  const names = new Map(props.routines.map((x) => [x.id, x.name]));
  const log = [...(runs ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt);
  return (
    <details class="run-log">
      <summary>{r.log}</summary>
      <p class="help">{r.logSince(formatDate(from, lang))}</p>
      {!runs ? null : log.length === 0 ? (
        <p class="empty">{r.logEmpty}</p>
      ) : (
        <>
          <ul>
            {log.slice(0, shown).map((run) => (
              <li key={run.id}>
                {formatDate(run.date, lang, { weekday: true })} · {names.get(run.routineId) ?? '…'} ·{' '}
                {run.status === 'done' ? r.logDone : r.logSkipped}
                {run.note && <> · «{run.note}»</>}
              </li>
            ))}
          </ul>
          {log.length > shown && (
            <button type="button" class="btn small" onClick={() => setShown((n) => n + LOG_PAGE)}>
              {r.logMore(log.length - shown)}
            </button>
          )}
        </>
      )}
    </details>
  );
}
