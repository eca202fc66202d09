// /friend/reveal?round=ID: on the shared screen, one pupil at a time taps their name, confirms it is
// them, sees their secret friend, and hides it again. Nobody else's draw is ever on screen.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { LeaveSharedScreen } from '../../ui/LeaveSharedScreen';
import { byName, useRound } from './use-round';
import './friend.css';

export function RevealScreen() {
  const { m } = useI18n();
  const f = m.friend;
  const roundId = new URLSearchParams(location.search).get('round') ?? '';
  const data = useRound(roundId);
  const [who, setWho] = useState<string | null>(null);
  const [showing, setShowing] = useState(false);
  const [seen, setSeen] = useState<Set<string>>(new Set());
  const round = data?.round;
  const back = round ? `/class/${round.classId}/friend/${round.id}` : '/';
  const name = (id: string) => data?.names.get(id) ?? '…';
  const hide = () => {
    if (who) setSeen(new Set([...seen, who]));
    setWho(null);
    setShowing(false);
  };

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
        </section>
      )}
    </main>
  );
}
