// /class/:id/checkin: scaling against the active sub-goal (tap to count placements or one class
// value), the forward-looking questions with room for answers, and the history per sub-goal.
import { useState } from 'preact/hooks';
import { deleteCheckIn, listCheckIns } from '../../data/checkins';
import { getClass } from '../../data/classes';
import { listDream } from '../../data/dream';
import { useLiveQuery } from '../../data/live';
import { placement } from '../../domain/checkin';
import type { CheckIn } from '../../domain/types';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format-date';
import { CheckInForm } from './CheckInForm';
import './dream.css';
import { numberFormat } from '../../domain/locale-format';
import { PageLoading, PageNotFound } from '../../ui/PageState';

export function CheckInScreen(props: { classId: string }) {
  const { m, lang } = useI18n();
  const c = m.dream.checkin;
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((x) => x ?? null), [classId]);
  const items = useLiveQuery(() => listDream(classId), [classId]);
  const subgoals = items?.filter((x) => x.kind === 'subgoal') ?? [];
  const active = subgoals.find((s) => s.active);
  const [historyId, setHistoryId] = useState<string | null>(null);
  const shownId = historyId ?? active?.id ?? subgoals[0]?.id ?? '';
  const history = useLiveQuery(() => (shownId ? listCheckIns(shownId) : Promise.resolve([])), [shownId]);

  if (!cls || !items) return cls === null ? <PageNotFound /> : <PageLoading />;

  return (
    <main id="main" class="page checkin-screen">
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}/dream`}>← {m.dream.title}</Link>
        </p>
        <h1>{c.title}</h1>
        <p class="lead">{c.intro}</p>
      </div>
      {active ? (
        <CheckInForm key={active.id} classId={classId} subgoalId={active.id} goal={active.text} />
      ) : (
        <p class="notice">
          {c.noActive} <Link href={`/class/${classId}/dream?step=subgoal`}>{c.toRoadmap}</Link>
        </p>
      )}

      {subgoals.length > 0 && (
        <section class="section" aria-labelledby="history-h">
          <h2 id="history-h">{c.history}</h2>
          {subgoals.length > 1 && (
            <div class="row wrap">
              <label for="history-goal">{c.historyGoal}</label>
              <select id="history-goal" value={shownId} onChange={(e) => setHistoryId(e.currentTarget.value)}>
                {subgoals.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.text}
                    {s.reachedOn ? ` (${c.reached(formatDate(s.reachedOn, lang))})` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          {history && history.length === 0 && <p class="empty">{c.noHistory}</p>}
          {history && history.length > 0 && (
            <ul class="checkin-history" aria-labelledby="history-h">
              {history.map((h) => (
                <HistoryRow key={h.id} checkIn={h} />
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}

function HistoryRow(props: { checkIn: CheckIn }) {
  const { m, lang } = useI18n();
  const c = m.dream.checkin;
  const h = props.checkIn;
  const [confirm, setConfirm] = useState(false);
  const p = placement(h);
  const total = h.counts.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...h.counts);
  return (
    <li>
      <div class="row wrap">
        <strong>{formatDate(h.date, lang, { weekday: true })}</strong>
        {h.classValue !== undefined ? (
          <span>{c.classValueOn(h.classValue)}</span>
        ) : (
          <>
            <span class="mini-bars" aria-hidden="true">
              {h.counts.map((n, i) => (
                <span key={i} style={{ height: `${Math.round((n / max) * 100)}%` }} />
              ))}
            </span>
            <span>
              {h.counts.map((n, i) => c.countOn(n, i + 1)).join(' · ')} ({c.placed(total)})
            </span>
            {p !== undefined && (
              <span class="count-muted">
                {c.mean(numberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(p))}
              </span>
            )}
          </>
        )}
        <button type="button" class="btn ghost small danger-text" onClick={() => setConfirm(true)}>
          {m.common.delete}
        </button>
      </div>
      {(h.answers.ledTheWay || h.answers.liked || h.answers.nextStep) && (
        <dl>
          {h.answers.ledTheWay && (
            <>
              <dt>{c.ledTheWay}</dt>
              <dd>{h.answers.ledTheWay}</dd>
            </>
          )}
          {h.answers.liked && (
            <>
              <dt>{c.liked}</dt>
              <dd>{h.answers.liked}</dd>
            </>
          )}
          {h.answers.nextStep && (
            <>
              <dt>{c.nextStep}</dt>
              <dd>{h.answers.nextStep}</dd>
            </>
          )}
        </dl>
      )}
      {confirm && (
        <ConfirmDialog
          danger
          message={c.deleteConfirm}
          confirmLabel={m.common.delete}
          onCancel={() => setConfirm(false)}
          onConfirm={() => {
            setConfirm(false);
            void deleteCheckIn(h.id).catch(() => {});
          }}
        />
      )}
    </li>
  );
}
