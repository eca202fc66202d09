// Starts a secret-friend round: the period (a few days up to two weeks) and who is away now.
import { useState } from 'preact/hooks';
import { type StartResult, startRound } from '../../data/friend-rounds';
import { addDaysIso, todayIso } from '../../domain/dates';
import type { Pupil } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';

export function StartRound(props: { classId: string; pupils: Pupil[] }) {
  const { m } = useI18n();
  const f = m.friend;
  const [start, setStart] = useState(todayIso());
  const [end, setEnd] = useState(addDaysIso(todayIso(), 6));
  const [absent, setAbsent] = useState<string[]>([]);
  const [problem, setProblem] = useState<Extract<StartResult, { ok: false }>['reason'] | null>(null);
  const taking = props.pupils.length - absent.length;
  const problemText = {
    badDate: f.badDate,
    endBeforeStart: f.endBeforeStart,
    tooLong: f.tooLong,
    tooFew: f.tooFew,
    alreadyOpen: f.alreadyOpen,
  };
  return (
    <form
      class="card start-round"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const r = await startRound(props.classId, { start, end, absent });
          if (r.ok) navigate(`/class/${props.classId}/friend/${r.round.id}`);
          else setProblem(r.reason);
        } catch {
          // Reported by the banner; nothing was drawn.
        }
      }}
    >
      <h2>{f.startTitle}</h2>
      <div class="row wrap">
        <label for="round-start">{f.from}</label>
        <input id="round-start" type="date" value={start} onInput={(e) => setStart(e.currentTarget.value)} />
        <label for="round-end">{f.to}</label>
        <input id="round-end" type="date" value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
      </div>
      {props.pupils.length > 0 && (
        <details>
          <summary>
            {f.absentLabel} {absent.length > 0 && <span class="count-muted">({absent.length})</span>}
          </summary>
          <ul class="check-grid">
            {props.pupils.map((p) => (
              <li key={p.id}>
                <label class="row">
                  <input
                    type="checkbox"
                    checked={absent.includes(p.id)}
                    onChange={(e) =>
                      setAbsent(
                        e.currentTarget.checked ? [...absent, p.id] : absent.filter((x) => x !== p.id),
                      )
                    }
                  />
                  {p.name}
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="help">{f.pupilsInRound(taking)}</p>
      {taking < 2 && <p class="notice">{f.tooFew}</p>}
      {taking === 2 && <p class="notice">{f.twoOnly}</p>}
      {problem && (
        <p class="field-error" role="alert">
          {problemText[problem]}
        </p>
      )}
      <button type="submit" class="btn primary" disabled={taking < 2}>
        🎁 {f.startRound}
      </button>
    </form>
  );
}
