// Focus strengths of the class: the current one(s), choosing new ones for a week or a month, and
// the history of past focus strengths.
import '../../../ui/noticing.css';
import { useState } from 'preact/hooks';
import { endFocus, listFocus, setFocus } from '../../../data/focus-strengths';
import { useLiveQuery } from '../../../data/live';
import { listStrengths } from '../../../data/strengths';
import { parseIsoDate, todayIso } from '../../../domain/dates';
import { currentFocus, FOCUS_CHOICES, type FocusChoice } from '../../../domain/focus';
import { dateFormat } from '../../../domain/locale-format';
import type { FocusStrength, Strength } from '../../../domain/types';
import { localized } from '../../../domain/wording';
import { LOCALES, useI18n } from '../../../i18n/i18n';

export function FocusPanel(props: { classId: string }) {
  const { m, lang } = useI18n();
  const { classId } = props;
  const data = useLiveQuery(
    () => Promise.all([listFocus(classId), listStrengths({ includeHidden: true })]),
    [classId],
  );
  const [choosing, setChoosing] = useState(false);
  if (!data) return null;
  const [rows, strengths] = data;
  const byId = new Map(strengths.map((s) => [s.id, s]));
  const today = todayIso();
  const current = currentFocus(rows, today);
  const upcoming = rows.filter((f) => f.start > today);
  const past = rows.filter((f) => f.end < today);
  const fmt = dateFormat(LOCALES[lang], { day: 'numeric', month: 'short' });
  const range = (f: FocusStrength) =>
    `${fmt.format(parseIsoDate(f.start))} – ${fmt.format(parseIsoDate(f.end))}`;
  const names = (f: FocusStrength) =>
    f.strengthIds
      .map((id) => byId.get(id))
      .filter((s): s is Strength => !!s)
      .map((s) => `${s.symbol} ${localized(s.name, lang)}`)
      .join(', ');

  return (
    <section aria-labelledby="focus-h" class="section card focus-panel">
      <h2 id="focus-h">{m.recognize.focusTitle}</h2>
      {current ? (
        <p class="focus-now">
          <strong>{names(current)}</strong>{' '}
          <span class="meta">
            ({current.period === 'week' ? m.recognize.week : m.recognize.month}, {range(current)})
          </span>
        </p>
      ) : (
        <p class="help">{m.recognize.noFocus}</p>
      )}
      {upcoming.map((f) => (
        <p key={f.id} class="meta">
          {m.recognize.upcoming(names(f), range(f))}
        </p>
      ))}
      {choosing ? (
        <FocusForm
          strengths={strengths.filter((s) => !s.hidden)}
          initial={current?.strengthIds ?? []}
          onDone={async (ids, choice) => {
            if (ids && choice) await setFocus(classId, ids, choice).catch(() => {});
            setChoosing(false);
          }}
        />
      ) : (
        <div class="row wrap">
          <button type="button" class="btn" onClick={() => setChoosing(true)}>
            {current ? m.recognize.changeFocus : m.recognize.chooseFocus}
          </button>
          {current && (
            <button type="button" class="btn ghost" onClick={() => void endFocus(current.id).catch(() => {})}>
              {m.recognize.endFocus}
            </button>
          )}
        </div>
      )}
      {past.length > 0 && (
        <details class="focus-history">
          <summary>{m.recognize.focusHistory}</summary>
          <ul>
            {past.map((f) => (
              <li key={f.id}>
                {names(f)} <span class="meta">({range(f)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function FocusForm(props: {
  strengths: Strength[];
  initial: string[];
  onDone: (ids?: string[], choice?: FocusChoice) => void;
}) {
  const { m, lang } = useI18n();
  const [ids, setIds] = useState<string[]>(props.initial);
  const [choice, setChoice] = useState<FocusChoice>('thisWeek');
  const [error, setError] = useState('');
  return (
    <form
      class="focus-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ids.length === 0) {
          setError(m.recognize.focusPickOne);
          return;
        }
        props.onDone(ids, choice);
      }}
    >
      <fieldset class="chip-field">
        <legend>{m.recognize.focusWhich}</legend>
        <div class="chips">
          {props.strengths.map((s) => (
            <label key={s.id} class={ids.includes(s.id) ? 'chip on' : 'chip'}>
              <input
                type="checkbox"
                checked={ids.includes(s.id)}
                onChange={() => {
                  setError('');
                  setIds(ids.includes(s.id) ? ids.filter((x) => x !== s.id) : [...ids, s.id]);
                }}
              />
              <span aria-hidden="true">{s.symbol}</span> {localized(s.name, lang)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="chip-field">
        <legend>{m.recognize.focusWhen}</legend>
        <div class="chips">
          {FOCUS_CHOICES.map((c) => (
            <label key={c} class={choice === c ? 'chip on' : 'chip'}>
              <input type="radio" name="focus-when" checked={choice === c} onChange={() => setChoice(c)} />
              {m.recognize.focusChoices[c]}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="row wrap">
        <button type="submit" class="btn primary">
          {m.recognize.saveFocus}
        </button>
        <button type="button" class="btn ghost" onClick={() => props.onDone()}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
