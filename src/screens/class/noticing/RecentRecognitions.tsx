// The teacher's list of recent recognitions (approved ones, grouped as they were saved together),
// with edit and delete. Teacher-only: it lives on the class screen.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { deleteRecognitions } from '../../../data/recognitions';
import { isoDate } from '../../../domain/dates';
import { dateFormat } from '../../../domain/locale-format';
import type { NoticedBy, Pupil, Recognition, Strength } from '../../../domain/types';
import { localized, noticedByName } from '../../../domain/wording';
import { LOCALES, useI18n } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { RecognitionDraft } from './RecognizeDialog';

export interface RecognitionGroup {
  key: string;
  items: Recognition[];
}

/** Records saved together (same batch) are shown and edited as one. */
export function groupByBatch(recognitions: Recognition[]): RecognitionGroup[] {
  const groups = new Map<string, Recognition[]>();
  for (const r of recognitions) {
    const key = r.batchId ?? r.id;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // Newest group first (as read), pupils within a group in the order they were chosen.
  return [...groups].map(([key, items]) => ({ key, items: items.sort((a, b) => a.createdAt - b.createdAt) }));
}

export function toDraft(g: RecognitionGroup): RecognitionDraft {
  const first = g.items[0]!;
  return {
    ids: g.items.map((r) => r.id),
    pupils: g.items.some((r) => r.pupilId === undefined) ? 'class' : g.items.map((r) => r.pupilId!),
    strengthId: first.strengthId,
    text: first.text,
    noticedBy: first.noticedBy,
    day: isoDate(new Date(first.createdAt)),
  };
}

/** How many entries the class screen opens with: the latest few, so the pupils and the focus stay near. */
export const RECENT_FIRST = 6;
const RECENT_STEP = 10;

export function RecentRecognitions(props: {
  recognitions: Recognition[];
  pupils: Map<string, Pupil>;
  strengths: Map<string, Strength>;
  onEdit: (draft: RecognitionDraft) => void;
  /** More approved recognitions exist than were read; `onLoadMore` reads further back. */
  hasMore?: boolean;
  onLoadMore?: () => void;
}) {
  const { m, lang } = useI18n();
  const [toDelete, setToDelete] = useState<RecognitionGroup | null>(null);
  const [shown, setShown] = useState(RECENT_FIRST);
  const allGroups = groupByBatch(props.recognitions);
  const groups = allGroups.slice(0, shown);
  const more = allGroups.length > shown || !!props.hasMore;
  const date = dateFormat(LOCALES[lang], { day: 'numeric', month: 'short' });
  // Each name isolated (<bdi>), so a right-to-left name first does not reverse the whole list.
  const names = (g: RecognitionGroup) =>
    g.items.some((r) => !r.pupilId)
      ? [m.recognize.wholeClass]
      : g.items.map((r) => props.pupils.get(r.pupilId!)?.name ?? m.recognize.classmate);
  const who = (g: RecognitionGroup) => names(g).join(', ');
  const by = (n: NoticedBy) =>
    noticedByName(n, (id) => props.pupils.get(id)?.name, {
      teacher: m.recognize.teacher,
      classmate: m.recognize.classmate,
    });

  if (groups.length === 0) return <p class="empty">{m.recognize.recentEmpty}</p>;
  return (
    <>
      <ul class="recent-list" aria-label={m.recognize.recentTitle}>
        {groups.map((g) => {
          const r = g.items[0]!;
          const s = props.strengths.get(r.strengthId);
          const name = who(g);
          return (
            <li key={g.key} class="recent-item" style={{ '--strength': s?.color }}>
              <span class="recent-symbol" aria-hidden="true">
                {s?.symbol}
              </span>
              <div class="recent-body">
                <p class="recent-head">
                  <strong>
                    {names(g).map((n, i) => (
                      <Fragment key={i}>
                        {i > 0 && ', '}
                        <bdi>{n}</bdi>
                      </Fragment>
                    ))}
                  </strong>{' '}
                  · {s ? localized(s.name, lang) : ''}
                </p>
                {r.text && (
                  <p class="recent-text" dir="auto">
                    {r.text}
                  </p>
                )}
                <p class="meta">
                  <span dir="auto">{m.recognize.noticedByLine(by(r.noticedBy))}</span> ·{' '}
                  {date.format(r.createdAt)}
                </p>
              </div>
              <div class="row recent-actions">
                <button
                  type="button"
                  class="btn small ghost"
                  aria-label={m.recognize.editLabel(name)}
                  onClick={() => props.onEdit(toDraft(g))}
                >
                  {m.common.edit}
                </button>
                <button
                  type="button"
                  class="btn small ghost danger-text"
                  aria-label={m.recognize.deleteLabel(name)}
                  onClick={() => setToDelete(g)}
                >
                  {m.common.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {more && (
        <button
          type="button"
          class="btn small"
          onClick={() => {
            setShown((n) => n + RECENT_STEP);
            if (allGroups.length < shown + RECENT_STEP && props.hasMore) props.onLoadMore?.();
          }}
        >
          {m.recognize.showMore}
        </button>
      )}
      {toDelete && (
        <ConfirmDialog
          danger
          message={m.recognize.deleteConfirm}
          confirmLabel={m.common.delete}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            const g = toDelete;
            setToDelete(null);
            await deleteRecognitions(g.items.map((r) => r.id)).catch(() => {});
          }}
        />
      )}
    </>
  );
}
