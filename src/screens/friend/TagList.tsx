// Tags recognitions made in the round's period to the round: those written by the receiver's
// secret friend become that child's gift (shown in the ceremony once approved).
import { recognitionsInPeriod, tagRecognition, untagRecognition } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listStrengths } from '../../data/strengths';
import { isFromSecretFriend } from '../../domain/friend-round';
import type { FriendRound, NoticedBy } from '../../domain/types';
import { localized, noticedByName } from '../../domain/wording';
import { useI18n } from '../../i18n/i18n';

export function TagList(props: { round: FriendRound; names: Map<string, string> }) {
  const { m, lang } = useI18n();
  const f = m.friend;
  const { round } = props;
  const data = useLiveQuery(async () => {
    const [recs, strengths] = await Promise.all([
      recognitionsInPeriod(round),
      listStrengths({ includeHidden: true }),
    ]);
    return { recs, strengths: new Map(strengths.map((s) => [s.id, s])) };
  }, [round.id, round.start, round.end, JSON.stringify(round.draws)]);
  if (!data) return <p class="loading">{m.common.loading}</p>;
  const by = (n: NoticedBy) =>
    noticedByName(n, (id) => props.names.get(id), {
      teacher: m.recognize.teacher,
      classmate: m.recognize.classmate,
    });
  const untaggedFromFriends = data.recs.filter((r) => r.roundId !== round.id && isFromSecretFriend(round, r));
  return (
    <section class="section" aria-labelledby="tag-h">
      <h2 id="tag-h">{f.tagTitle}</h2>
      <p class="help">{f.tagHelp}</p>
      {data.recs.length === 0 ? (
        <p class="empty">{f.noneInPeriod}</p>
      ) : (
        <>
          {untaggedFromFriends.length > 1 && (
            <button
              type="button"
              class="btn small"
              onClick={() =>
                void Promise.all(untaggedFromFriends.map((r) => tagRecognition(r.id, round.id))).catch(
                  () => {},
                )
              }
            >
              🎁 {f.tagAll}
            </button>
          )}
          <ul class="tag-list">
            {data.recs.map((r) => {
              const s = data.strengths.get(r.strengthId);
              const tagged = r.roundId === round.id;
              const fromFriend = isFromSecretFriend(round, r);
              return (
                <li key={r.id} class={tagged ? 'tagged' : ''}>
                  <p class="help">
                    {f.aboutBy(props.names.get(r.pupilId ?? '') ?? m.recognize.classmate, by(r.noticedBy))}
                  </p>
                  <p class="tag-text">
                    {s && (
                      <strong>
                        <span aria-hidden="true">{s.symbol}</span> {localized(s.name, lang)}:{' '}
                      </strong>
                    )}
                    {r.text}
                  </p>
                  <div class="row wrap">
                    <span class={`badge ${fromFriend ? '' : 'subtle'}`}>
                      {fromFriend ? f.fromFriend : f.notFromFriend}
                    </span>
                    {r.status === 'waiting' && <span class="badge subtle">{f.waiting}</span>}
                    {tagged && <span class="badge gift-badge">🎁 {f.tagged}</span>}
                    {(fromFriend || tagged) && (
                      <button
                        type="button"
                        class="btn small"
                        onClick={() =>
                          void (
                            tagged ? untagRecognition(r.id, round.id) : tagRecognition(r.id, round.id)
                          ).catch(() => {})
                        }
                      >
                        {tagged ? f.untag : f.tag}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
