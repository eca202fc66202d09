// /friend/reveal?round=ID: on the shared screen, one pupil at a time taps their name, confirms it is
// them, sees their secret friend, and hides it again. Nobody else's draw is ever on screen: a
// friend's name hides by itself after a short countdown if the pupil walks away.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { byName, useRound } from './use-round';
import './friend.css';

/** Seconds a secret friend's name stays on the shared screen. */
export const REVEAL_SECONDS = 15;

export function RevealScreen() {
  const { m } = useI18n();
  const f = m.friend;
  const roundId = new URLSearchParams(location.search).get('round') ?? '';
  const data = useRound(roundId);
  const [who, setWho] = useState<string | null>(null);
  const [showing, setShowing] = useState(false);
  const [seen, setSeen] = useState<Set<string>>(new Set());
  const [left, setLeft] = useState(REVEAL_SECONDS);
  const round = data?.round;
  const back = round ? `/class/${round.classId}/friend/${round.id}` : '/';
  const name = (id: string) => data?.names.get(id) ?? '…';
  const hide = () => {
    if (who) setSeen((s) => new Set([...s, who]));
    setWho(null);
    setShowing(false);
    setLeft(REVEAL_SECONDS);
  };
  useEffect(() => {
    if (!showing) return;
    const started = Date.now();
    const tick = setInterval(() => {
      const rest = REVEAL_SECONDS - Math.floor((Date.now() - started) / 1000);
      if (rest <= 0) hide();
      else setLeft(rest);
    }, 250);
    return () => clearInterval(tick);
  }, [showing, who]);

  return (
    <main id="main" class="reveal-screen shared-screen">
      <div class="shared-head">
        <h1>{f.revealTitle}</h1>
        <LeaveSharedScreen to={back} class="btn ghost shared-close">
          ✕ {m.dream.leave}
        </LeaveSharedScreen>
      </div>
      {data && !round && <p class="lead">{f.notFound}</p>}
      {round && !who && (
        <>
          <p class="lead">{f.tapYourName}</p>
          <ul class="name-grid">
            {byName(Object.keys(round.draws), data.names).map((id) => (
              <li key={id}>
                <button type="button" class="name-btn" onClick={() => setWho(id)}>
                  {name(id)}
                  {seen.has(id) && <span class="seen-mark"> ✓ {f.seen}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {round && who && !showing && (
        <div class="reveal-card">
          <p class="reveal-big">{f.onlyYou(name(who))}</p>
          <div class="row wrap center">
            <button type="button" class="btn primary huge" onClick={() => setShowing(true)}>
              👀 {f.showFriend}
            </button>
            <button type="button" class="btn huge" onClick={() => setWho(null)}>
              {f.notThisPupil}
            </button>
          </div>
        </div>
      )}
      {round && who && showing && (
        <section class="reveal-card" aria-label={f.yourFriendIs}>
          <p class="lead">{f.yourFriendIs}</p>
          <p class="friend-name">{round.draws[who] ? name(round.draws[who]!) : '…'}</p>
          <p class="reveal-big">🤫 {f.keepSecret}</p>
          <button type="button" class="btn primary huge" onClick={hide}>
            {f.hide}
          </button>
          <p class="reveal-countdown">
            <span
              class="countdown-bar"
              style={{ width: `${(left / REVEAL_SECONDS) * 100}%` }}
              aria-hidden="true"
            />
            {f.hidesIn(left)}
          </p>
        </section>
      )}
    </main>
  );
}
