// Edits one routine: name, in use or paused, the schedule, and the steps with their timers.
// Nothing is saved while something is wrong; the problem is said in plain words.
import { useRef, useState } from 'preact/hooks';
import { GoneError } from '../../data/integrity';
import { type RoutineProblem, saveRoutine } from '../../data/routines';
import type { Routine, RoutineStep } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { useInlineEditor } from '../../ui/use-inline-editor';

const toMin = (s: number) => String(Math.round((s / 60) * 10) / 10);
const toSec = (v: string) => Math.round((Number(v.replace(',', '.')) || 0) * 60);

export function RoutineEditor(props: { routine: Routine; onDone: () => void; returnTo?: string }) {
  const { m } = useI18n();
  const r = m.routines;
  const [name, setName] = useState(props.routine.name);
  const [active, setActive] = useState(props.routine.active);
  const [schedule, setSchedule] = useState(props.routine.schedule);
  const [steps, setSteps] = useState<RoutineStep[]>(props.routine.steps);
  const [problem, setProblem] = useState<RoutineProblem | null>(null);
  const id = props.routine.id;
  const setStep = (i: number, s: RoutineStep) => setSteps(steps.map((x, j) => (j === i ? s : x)));
  const move = (i: number, d: number) => {
    const next = [...steps];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    setSteps(next);
  };
  const problemText: Record<RoutineProblem, string> = {
    nameEmpty: r.nameEmpty,
    badTime: r.badTime,
    badTimer: r.badTimer,
  };
  const formRef = useRef<HTMLFormElement>(null);
  useInlineEditor(formRef, { onCancel: props.onDone, returnTo: props.returnTo });
  return (
    <form
      ref={formRef}
      class="card routine-editor"
      aria-label={r.editTitle(props.routine.name)}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const p = await saveRoutine(id, { name, steps, schedule, active });
          setProblem(p);
          if (!p) props.onDone();
        } catch (err) {
          // Reported by the banner. Removed in another tab: nothing left to edit, so the editor
          // closes (the list no longer shows it); otherwise the form keeps everything typed.
          if (err instanceof GoneError) props.onDone();
        }
      }}
    >
      <h3>{r.editTitle(props.routine.name)}</h3>
      <label for={`name-${id}`}>{r.name}</label>
      <input id={`name-${id}`} maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label class="row check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        {r.active}
      </label>

      <fieldset class="plain-fieldset">
        <legend>{r.schedule}</legend>
        <fieldset class="plain-fieldset row wrap weekday-picks">
          <legend class="sr-only">{r.weekdays}</legend>
          {r.weekdayShort.map((d, i) => (
            <label key={d} class="weekday-pick">
              <input
                type="checkbox"
                aria-label={r.weekdayNames[i]}
                checked={schedule.weekdays.includes(i + 1)}
                onChange={(e) =>
                  setSchedule({
                    ...schedule,
                    weekdays: e.currentTarget.checked
                      ? [...schedule.weekdays, i + 1].sort()
                      : schedule.weekdays.filter((x) => x !== i + 1),
                  })
                }
              />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </fieldset>
        <div class="row wrap">
          <label for={`time-${id}`}>{r.time}</label>
          <input
            id={`time-${id}`}
            type="time"
            value={schedule.time ?? ''}
            onInput={(e) => setSchedule({ ...schedule, time: e.currentTarget.value || undefined })}
          />
        </div>
        <label class="row check">
          <input
            type="checkbox"
            checked={schedule.everyOtherWeek}
            onChange={(e) => setSchedule({ ...schedule, everyOtherWeek: e.currentTarget.checked })}
          />
          {r.everyOtherWeek}
        </label>
        {schedule.everyOtherWeek && (
          <div class="row wrap">
            <label for={`anchor-${id}`}>{r.anchor}</label>
            <input
              id={`anchor-${id}`}
              type="date"
              value={schedule.anchor}
              onInput={(e) =>
                e.currentTarget.value && setSchedule({ ...schedule, anchor: e.currentTarget.value })
              }
            />
          </div>
        )}
      </fieldset>

      <h4>{r.steps}</h4>
      <ol class="step-editors">
        {steps.map((s, i) => (
          <li key={s.id}>
            <fieldset class="plain-fieldset step-editor">
              <legend>{r.stepN(i + 1)}</legend>
              <label for={`st-${s.id}`}>{r.stepTitle}</label>
              <input
                id={`st-${s.id}`}
                maxLength={120}
                value={s.title}
                onInput={(e) => setStep(i, { ...s, title: e.currentTarget.value })}
              />
              <label for={`sx-${s.id}`}>{r.stepText}</label>
              <textarea
                id={`sx-${s.id}`}
                rows={2}
                maxLength={500}
                value={s.text}
                onInput={(e) => setStep(i, { ...s, text: e.currentTarget.value })}
              />
              <StepTimer step={s} onChange={(x) => setStep(i, x)} />
              <div class="row wrap">
                <button type="button" class="btn ghost small" disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑ {r.moveStepUp}
                </button>
                <button
                  type="button"
                  class="btn ghost small"
                  disabled={i === steps.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓ {r.moveStepDown}
                </button>
                <button
                  type="button"
                  class="btn ghost small danger-text"
                  onClick={() => setSteps(steps.filter((_, j) => j !== i))}
                >
                  {r.removeStep}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="btn small"
        onClick={() => setSteps([...steps, { id: crypto.randomUUID(), title: '', text: '' }])}
      >
        + {r.addStep}
      </button>
      {problem && (
        <p class="field-error" role="alert">
          {problemText[problem]}
        </p>
      )}
      <div class="row wrap end">
        <button type="button" class="btn ghost" onClick={props.onDone}>
          {m.common.cancel}
        </button>
        <button type="submit" class="btn primary">
          {r.save}
        </button>
      </div>
    </form>
  );
}

function StepTimer(props: { step: RoutineStep; onChange: (s: RoutineStep) => void }) {
  const { m } = useI18n();
  const r = m.routines;
  const s = props.step;
  const kind = s.timer?.kind ?? 'none';
  const sid = s.id;
  return (
    <div class="row wrap step-timer">
      <label for={`tk-${sid}`}>{r.timerKind}</label>
      <select
        id={`tk-${sid}`}
        value={kind}
        onChange={(e) => {
          const v = e.currentTarget.value;
          const { timer: _old, ...rest } = s;
          if (v === 'irp')
            props.onChange({ ...rest, timer: { kind: 'irp', seconds: { I: 60, R: 120, P: 180 } } });
          else if (v === 'plain') props.onChange({ ...rest, timer: { kind: 'plain', seconds: 300 } });
          else props.onChange(rest);
        }}
      >
        <option value="none">{r.timerNone}</option>
        <option value="plain">{r.timerPlain}</option>
        <option value="irp">{r.timerIrp}</option>
      </select>
      {s.timer?.kind === 'plain' && (
        <label class="stack">
          {r.minutes}
          <input
            type="number"
            min={0}
            max={60}
            step={0.5}
            value={toMin(s.timer.seconds)}
            onInput={(e) =>
              props.onChange({ ...s, timer: { kind: 'plain', seconds: toSec(e.currentTarget.value) } })
            }
          />
        </label>
      )}
      {s.timer?.kind === 'irp' &&
        (['I', 'R', 'P'] as const).map((k) => {
          const timer = s.timer as Extract<RoutineStep['timer'], { kind: 'irp' }>;
          return (
            <label key={k} class="stack">
              {k === 'I' ? r.minutesI : k === 'R' ? r.minutesR : r.minutesP}
              <input
                type="number"
                min={0}
                max={60}
                step={0.5}
                value={toMin(timer.seconds[k])}
                onInput={(e) =>
                  props.onChange({
                    ...s,
                    timer: { kind: 'irp', seconds: { ...timer.seconds, [k]: toSec(e.currentTarget.value) } },
                  })
                }
              />
            </label>
          );
        })}
    </div>
  );
}
