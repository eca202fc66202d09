// /friend/ceremony?round=ID: the gifts handed over one by one on the shared screen, every child in
// the round exactly once, in a fixed order. Only approved recognitions from the secret friend.
import { useEffect, useState } from 'preact/hooks';
import { taggedRecognitions } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listStrengths } from '../../data/strengths';
import { giverOf } from '../../domain/derangement';
import { ceremonyOrder, giftsFor } from '../../domain/friend-round';
import { useI18n } from '../../i18n/i18n';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { useRound } from './use-round';
import './friend.css';
import { localized } from '../../domain/wording';

export function CeremonyScreen() {
  const { m, lang } = useI18n();
  const f = m.friend;
  const roundId = new URLSearchParams(location.search).get('round') ?? '';
  const data = useRound(roundId);
  const extra = useLiveQuery(async () => {
    const [tagged, strengths] = await Promise.all([
      taggedRecognitions(roundId),
      listStrengths({ includeHidden: true }),
    ]);
    return { tagged, strengths: new Map(strengths.map((s) => [s.id, s])) };
  }, [roundId]);
  // -1 = the opening card; order.length = the closing card.
  const [i, setI] = useState(-1);
  const [revealed, setRevealed] = useState(false);
  const round = data?.round;
  const order = round ? ceremonyOrder(round) : [];
  const go = (d: number) => {
    setRevealed(false);
    setI((x) => Math.max(-1, Math.min(order.length, x + d)));
  };
  useEffect(() => {
    // Presenter clickers send PageDown/PageUp or the arrow keys.
    const onKey = (e: KeyboardEvent) => {
      if (['PageDown', 'ArrowRight', 'ArrowDown'].includes(e.key)) go(1);
      else if (['PageUp', 'ArrowLeft', 'ArrowUp'].includes(e.key)) go(-1);
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [order.length]);

  const back = round ? `/class/${round.classId}/friend/${round.id}` : '/';
  const name = (id: string) => data?.names.get(id) ?? '…';
  const gifts = round && extra ? giftsFor(round, extra.tagged) : {};
  const receiver = order[i];
  return (
    <main id="main" class="ceremony-screen shared-screen">
      <div class="shared-head">
        <p class="ceremony-progress" aria-live="polite">
          {receiver ? f.progress(i + 1, order.length) : ''}
        </p>
        <LeaveSharedScreen to={back} class="btn ghost shared-close">
          ✕ {m.dream.leave}
        </LeaveSharedScreen>
      </div>
      {data && !round && <h1>{f.notFound}</h1>}
      {round && i === -1 && (
        <div class="ceremony-card">
          <h1>🎁 {f.ceremonyStart}</h1>
          <button type="button" class="btn primary huge" onClick={() => go(1)}>
            {f.begin}
          </button>
        </div>
      )}
      {round && receiver && (
        <article class="ceremony-card" aria-labelledby="gift-h">
          <h1 id="gift-h">{f.giftTo(name(receiver))}</h1>
          {(gifts[receiver] ?? []).length === 0 ? (
            <p class="reveal-big">{f.readAloud}</p>
          ) : (
            <ul class="gift-list">
              {gifts[receiver]!.map((r) => {
                const s = extra?.strengths.get(r.strengthId);
                return (
                  <li key={r.id} style={s ? { borderColor: s.color } : undefined}>
                    {s && (
                      <p class="gift-strength">
                        <span aria-hidden="true">{s.symbol}</span> {localized(s.name, lang)}
                      </p>
                    )}
                    <p class="gift-text">{r.text}</p>
                  </li>
                );
              })}
            </ul>
          )}
          {revealed ? (
            <p class="reveal-big">💛 {f.friendWas(name(giverOf(round.draws, receiver) ?? ''))}</p>
          ) : (
            <button type="button" class="btn" onClick={() => setRevealed(true)}>
              {f.whoWas}
            </button>
          )}
        </article>
      )}
      {round && i >= order.length && order.length > 0 && (
        <div class="ceremony-card">
          <h1>🎉 {f.ceremonyDone}</h1>
        </div>
      )}
      {round && i >= 0 && (
        <nav class="row wrap center ceremony-nav" aria-label={f.ceremonyStart}>
          <button type="button" class="btn huge" onClick={() => go(-1)}>
            ← {f.prev}
          </button>
          {i < order.length && (
            <button type="button" class="btn primary huge" onClick={() => go(1)}>
              {f.next} →
            </button>
          )}
        </nav>
      )}
    </main>
  );
}
