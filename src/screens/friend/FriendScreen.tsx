// /class/:id/friend (start a round, list rounds) and /class/:id/friend/:round (one round).
import { getClass } from '../../data/classes';
import { listRounds } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { formatDate } from '../../ui/format-date';
import { RoundView } from './RoundView';
import { StartRound } from './StartRound';
import { useRound } from './use-round';
import './friend.css';
import { PageLoading, PageNotFound } from '../../ui/PageState';

export function FriendScreen(props: { classId: string; roundId?: string }) {
  const { m, lang } = useI18n();
  const f = m.friend;
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const pupils = useLiveQuery(() => listPupils(classId, 0), [classId]);
  const rounds = useLiveQuery(() => listRounds(classId), [classId]);
  const round = useRound(props.roundId ?? '');

  if (!cls || !pupils || !rounds || (props.roundId && !round))
    return cls === null ? <PageNotFound /> : <PageLoading />;

  if (props.roundId) {
    if (!round?.round || round.round.classId !== classId)
      return (
        <main id="main" class="page">
          <h1>{f.notFound}</h1>
          <Link class="btn" href={`/class/${classId}/friend`}>
            {m.common.back}
          </Link>
        </main>
      );
    return (
      <main id="main" class="page friend-screen">
        <RoundView round={round.round} names={round.names} pupils={pupils} />
      </main>
    );
  }

  const open = rounds.some((r) => r.status !== 'finished');
  const status = (s: string) =>
    s === 'drawing' ? f.statusDrawing : s === 'running' ? f.statusRunning : f.statusFinished;
  return (
    <main id="main" class="page friend-screen">
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}`}>← {cls.name}</Link>
        </p>
        <h1>{f.title}</h1>
        <p class="lead">{f.intro}</p>
      </div>
      {!open && <StartRound classId={classId} pupils={pupils} />}
      <section class="section" aria-labelledby="rounds-h">
        <h2 id="rounds-h">{f.rounds}</h2>
        {rounds.length === 0 ? (
          <p class="empty">{f.noRounds}</p>
        ) : (
          <ul class="round-list">
            {rounds.map((r) => (
              <li key={r.id}>
                <Link class="class-card" href={`/class/${classId}/friend/${r.id}`}>
                  <span class="class-name">
                    {f.period(formatDate(r.start, lang), formatDate(r.end, lang))}
                  </span>
                  <span class="class-meta">
                    {status(r.status)} · {f.pupilsInRound(Object.keys(r.draws).length)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
