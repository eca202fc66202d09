// The check-in form: the sub-goal, the date, the 1-5 scale (count placements or one class value)
// and the forward-looking questions with room for the answers.
import { useState } from 'preact/hooks';
import { addCheckIn, type Counts } from '../../data/checkins';
import { checkInProblem } from '../../domain/checkin';
import { todayIso } from '../../domain/dates';
import { useI18n } from '../../i18n/i18n';
import { ScaleInput } from './ScaleInput';

const ZERO: Counts = [0, 0, 0, 0, 0];

export function CheckInForm(props: { classId: string; subgoalId: string; goal: string }) {
  const { m } = useI18n();
  const c = m.dream.checkin;
  const [mode, setMode] = useState<'count' | 'class'>('count');
  const [counts, setCounts] = useState<Counts>(ZERO);
  const [classValue, setClassValue] = useState<number | undefined>(undefined);
  const [answers, setAnswers] = useState({ ledTheWay: '', liked: '', nextStep: '' });
  const [date, setDate] = useState(todayIso());
  const [status, setStatus] = useState<'' | 'saved' | 'empty'>('');
  const field = (k: keyof typeof answers, label: string) => (
    <>
      <label for={`q-${k}`}>{label}</label>
      <textarea
        id={`q-${k}`}
        rows={2}
        maxLength={1000}
        value={answers[k]}
        onInput={(e) => {
          setAnswers({ ...answers, [k]: e.currentTarget.value });
          setStatus('');
        }}
      />
    </>
  );
  return (
    <form
      class="card checkin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const value = mode === 'class' ? classValue : undefined;
        if (checkInProblem({ counts, classValue: value }) || (mode === 'class' && value === undefined)) {
          setStatus('empty');
          return;
        }
        try {
          await addCheckIn({
            classId: props.classId,
            subgoalId: props.subgoalId,
            date: date || todayIso(),
            counts,
            classValue: value,
            answers,
          });
          setCounts(ZERO);
          setClassValue(undefined);
          setAnswers({ ledTheWay: '', liked: '', nextStep: '' });
          setStatus('saved');
        } catch {
          setStatus('');
        }
      }}
    >
      <p class="help">{c.activeGoal}</p>
      <p class="checkin-goal">{props.goal}</p>
      <div class="row wrap">
        <label for="checkin-date">{c.date}</label>
        <input id="checkin-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
      <fieldset class="row wrap plain-fieldset">
        <legend>{c.modeLabel}</legend>
        <label class="row">
          <input type="radio" name="mode" checked={mode === 'count'} onChange={() => setMode('count')} />
          {c.modeCount}
        </label>
        <label class="row">
          <input type="radio" name="mode" checked={mode === 'class'} onChange={() => setMode('class')} />
          {c.modeClass}
        </label>
      </fieldset>
      <ScaleInput
        mode={mode}
        counts={counts}
        classValue={classValue}
        onCounts={(x) => {
          setCounts(x);
          setStatus('');
        }}
        onClassValue={(v) => {
          setClassValue(v);
          setStatus('');
        }}
      />
      <div class="checkin-questions">
        <h2>{c.questionsTitle}</h2>
        {field('ledTheWay', c.ledTheWay)}
        {field('liked', c.liked)}
        {field('nextStep', c.nextStep)}
      </div>
      <div class="row wrap">
        <button type="submit" class="btn primary">
          {c.save}
        </button>
        <p role="status" class={status === 'empty' ? 'field-error' : 'help'}>
          {status === 'saved' ? c.saved : status === 'empty' ? c.emptyProblem : ''}
        </p>
      </div>
    </form>
  );
}
