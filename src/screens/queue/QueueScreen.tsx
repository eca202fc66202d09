// /class/:id/queue: the teacher's moderation queue. Pupils' words wait here until a teacher
// approves them (as written or reworded, the pupil's own words kept), or declines them.
import '../../ui/noticing.css';
import { useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { listRounds } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import {
  approveAll,
  countDeclined,
  eraseDeclined,
  listWaiting,
  returnToQueue,
} from '../../data/recognitions';
import { listStrengths } from '../../data/strengths';
import { keptOffBoard } from '../../domain/friend-round';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageLoading, PageNotFound } from '../../ui/PageState';
import { QueueItem } from './QueueItem';

export function QueueScreen(props: { classId: string }) {
  const { m } = useI18n();
  const { classId } = props;
  const data = useLiveQuery(async () => {
    const [cls, waiting, declined, active, archived, strengths, rounds] = await Promise.all([
      getClass(classId),
      listWaiting(classId),
      countDeclined(classId),
      listPupils(classId, 0),
      listPupils(classId, 1),
      listStrengths({ includeHidden: true }),
      listRounds(classId),
    ]);
    return { cls: cls ?? null, waiting, declined, pupils: [...active, ...archived], strengths, rounds };
  }, [classId]);
  const [last, setLast] = useState<{ ids: string[]; message: string } | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  /** The ids listed when the teacher asked to approve all: only those are approved. */
  const [confirmAll, setConfirmAll] = useState<string[] | null>(null);

  if (!data) return <PageLoading />;
  if (!data.cls) return <PageNotFound />;
  const pupils = new Map(data.pupils.map((p) => [p.id, p]));
  const strengths = new Map(data.strengths.map((s) => [s.id, s]));

  return (
    <main id="main" class="page queue-screen">
      <Link href={`/class/${classId}`} class="btn ghost">
        <span aria-hidden="true">←</span> {data.cls.name}
      </Link>
      <h1>{m.queue.title}</h1>
      <p class="lead">{m.queue.intro}</p>
      <div role="status" class="row wrap queue-status">
        {last && (
          <>
            <span>{last.message}</span>
            <button
              type="button"
              class="btn small ghost"
              onClick={() => {
                const ids = last.ids;
                setLast(null);
                void returnToQueue(ids).catch(() => {});
              }}
            >
              {m.queue.undo}
            </button>
          </>
        )}
      </div>
      {data.waiting.length === 0 ? (
        <p class="empty">{m.queue.empty}</p>
      ) : (
        <>
          {data.waiting.length > 1 && (
            <div class="row wrap">
              <button type="button" class="btn" onClick={() => setConfirmAll(data.waiting.map((r) => r.id))}>
                {m.queue.approveAll(data.waiting.length)}
              </button>
            </div>
          )}
          <ul class="queue-list" aria-label={m.queue.listLabel(data.waiting.length)}>
            {data.waiting.map((r) => (
              <QueueItem
                key={r.id}
                recognition={r}
                pupils={pupils}
                strength={strengths.get(r.strengthId)}
                gift={keptOffBoard(data.rounds, r)}
                onDecided={(message) => setLast({ ids: [r.id], message })}
              />
            ))}
          </ul>
        </>
      )}
      {data.declined > 0 && (
        <section class="section card" aria-labelledby="declined-h">
          <h2 id="declined-h">{m.queue.declinedTitle}</h2>
          <p class="help">{m.queue.declinedHelp(data.declined)}</p>
          <div>
            <button type="button" class="btn danger" onClick={() => setConfirmErase(true)}>
              {m.queue.eraseDeclined}
            </button>
          </div>
        </section>
      )}
      {confirmAll && (
        <ConfirmDialog
          message={m.queue.approveAllConfirm(confirmAll.length)}
          confirmLabel={m.queue.approveAll(confirmAll.length)}
          onCancel={() => setConfirmAll(null)}
          onConfirm={async () => {
            const ids = confirmAll;
            setConfirmAll(null);
            try {
              const approved = await approveAll(ids);
              setLast({ ids: approved, message: m.queue.approvedAllMessage(approved.length) });
            } catch {
              // Not saved: the banner says so, and the queue still shows them all.
              setLast(null);
            }
          }}
        />
      )}
      {confirmErase && (
        <ConfirmDialog
          danger
          message={m.queue.eraseConfirm(data.declined)}
          confirmLabel={m.queue.eraseDeclined}
          onCancel={() => setConfirmErase(false)}
          onConfirm={async () => {
            setConfirmErase(false);
            setLast(null);
            await eraseDeclined(classId).catch(() => {});
          }}
        />
      )}
    </main>
  );
}
