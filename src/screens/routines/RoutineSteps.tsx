// A routine's steps as a list, each with its timer ready to open on the big screen.

import { formatClock } from '../../domain/irp';
import type { Routine } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { timerHref } from '../timer/timer-link';

export function RoutineSteps(props: { routine: Routine; back: string }) {
  const { m } = useI18n();
  const t = m.routines.timer;
  return (
    <ol class="routine-steps">
      {props.routine.steps.map((s) => (
        <li key={s.id}>
          <strong>{s.title}</strong>
          {s.text && <p class="help">{s.text}</p>}
          {s.timer && (
            <Link class="btn small" href={timerHref(s.timer, { title: s.title, back: props.back })}>
              ⏱️ {m.routines.startTimer}{' '}
              <span class="count-muted">
                (
                {s.timer.kind === 'irp'
                  ? `I ${formatClock(s.timer.seconds.I)} · R ${formatClock(s.timer.seconds.R)} · P ${formatClock(s.timer.seconds.P)}`
                  : `${t.phaseT} ${formatClock(s.timer.seconds)}`}
                )
              </span>
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
