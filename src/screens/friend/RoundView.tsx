// One secret-friend round for the teacher: show the draw on the big screen, leave pupils out or add
// them back, tag recognitions as gifts, see who has no gift yet, finish, ceremony and gift sheets.
import { useState } from 'preact/hooks';
import {
  addBackToRound,
  deleteRound,
  leaveOutOfRound,
  setGiftsOnBoard,
  setRoundStatus,
  taggedRecognitions,
} from '../../data/friend-rounds';
import { GoneError } from '../../data/integrity';
import { useLiveQuery } from '../../data/live';
import { hasPin } from '../../data/pin';
import { todayIso } from '../../domain/dates';
import type { ChangeResult } from '../../domain/derangement';
import { giftsFor, isPastEnd } from '../../domain/friend-round';
import { joinNames } from '../../domain/names';
import type { FriendRound, Pupil } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format-date';
import { TagList } from './TagList';
import { byName } from './use-round';

export function RoundView(props: { round: FriendRound; names: Map<string, string>; pupils: Pupil[] }) {
  const { m, lang } = useI18n();
  const f = m.friend;
  const { round, names } = props;
  const [message, setMessage] = useState('');
  const [confirm, setConfirm] = useState<'finish' | 'delete' | null>(null);
  const tagged = useLiveQuery(() => taggedRecognitions(round.id), [round.id]);
  const pinSet = useLiveQuery(() => hasPin(), []);
  const name = (id: string) => names.get(id) ?? '…';
  // What the screen showed: a pupil erased in another tab is named in the message.
  const shownNames = Object.fromEntries(names);
  const inRound = byName(Object.keys(round.draws), names);
  // Active pupils not in the draw: away at the start, or new in the class since.
  const outside = props.pupils.filter((p) => !(p.id in round.draws)).map((p) => p.id);
  const period = f.period(formatDate(round.start, lang), formatDate(round.end, lang));
  const gifts = tagged ? giftsFor(round, tagged) : null;
  const noGift = gifts
    ? byName(
        Object.keys(gifts).filter((k) => gifts[k]!.length === 0),
        names,
      )
    : [];
  const report = (r: ChangeResult) => {
    if (r.ok) setMessage(f.changed(joinNames(r.changed.map(name), f.and), r.changed.length));
    else setMessage(r.reason === 'tooFew' ? f.leaveOutTooFew : '');
  };
  const status =
    round.status === 'drawing'
      ? f.statusDrawing
      : round.status === 'running'
        ? f.statusRunning
        : f.statusFinished;
  const back = `/class/${round.classId}/friend`;

  return (
    <>
      <div class="page-head">
        <p class="meta">
          <Link href={back}>← {f.title}</Link>
        </p>
        <h1>{f.roundTitle(period)}</h1>
        <p>
          <span class="badge">{status}</span>{' '}
          <span class="count-muted">{f.pupilsInRound(inRound.length)}</span>
        </p>
      </div>

      <nav class="row wrap round-actions" aria-label={f.roundTitle(period)}>
        {round.status !== 'finished' && (
          <Link class="btn primary" href={`/friend/reveal?round=${round.id}`}>
            👀 {f.reveal}
          </Link>
        )}
        {round.status === 'drawing' && (
          <button
            type="button"
            class="btn"
            onClick={() => void setRoundStatus(round.id, 'running').catch(() => {})}
          >
            ✓ {f.everyoneHasSeen}
          </button>
        )}
        <Link class="btn" href={`/friend/ceremony?round=${round.id}`}>
          🎉 {f.ceremony}
        </Link>
        <Link class="btn" href={`/class/${round.classId}/friend/${round.id}/sheets`}>
          🖨️ {f.sheets}
        </Link>
        {round.status !== 'finished' && (
          <button type="button" class="btn" onClick={() => setConfirm('finish')}>
            {f.finish}
          </button>
        )}
      </nav>
      {isPastEnd(round, todayIso()) && (
        <div class="notice past-end" role="note">
          <p>{f.pastEnd(formatDate(round.end, lang))}</p>
          <div class="row wrap">
            <Link class="btn primary" href={`/friend/ceremony?round=${round.id}`}>
              🎉 {f.ceremony}
            </Link>
            <button type="button" class="btn" onClick={() => setConfirm('finish')}>
              {f.finish}
            </button>
          </div>
        </div>
      )}
      {round.status === 'drawing' && <p class="help">{f.revealHelp}</p>}
      {round.status !== 'finished' && <p class="help">{f.giftsOffBoard}</p>}
      {round.status === 'finished' && (
        <fieldset class="section gifts-board">
          <legend>{f.giftsBoardTitle}</legend>
          <p class="help">{f.giftsBoardHelp}</p>
          {[false, true].map((on) => (
            <label key={String(on)} class="row">
              <input
                type="radio"
                name="gifts-board"
                checked={(round.giftsOnBoard ?? false) === on}
                onChange={() =>
                  void setGiftsOnBoard(round.id, on)
                    .then(() => setMessage(on ? f.giftsBoardShown : f.giftsBoardHidden))
                    .catch(() => {})
                }
              />
              {on ? f.giftsBoardYes : f.giftsBoardNo}
            </label>
          ))}
        </fieldset>
      )}
      {round.status !== 'finished' && pinSet === false && (
        <p class="notice" role="note">
          {f.noPinTip} <Link href="/settings">{m.common.settings}</Link>
        </p>
      )}
      <p role="status" class="notice-status">
        {message}
      </p>

      {gifts && (
        <p class="help">{noGift.length ? f.noGiftYet(noGift.map(name).join(', ')) : f.allHaveGifts}</p>
      )}

      <section class="section" aria-labelledby="in-round-h">
        <h2 id="in-round-h">{f.inRound}</h2>
        <ul class="check-grid pupils-in-round" aria-labelledby="in-round-h">
          {inRound.map((id) => (
            <li key={id} class="row">
              <span>{name(id)}</span>
              {round.status !== 'finished' && (
                <button
                  type="button"
                  class="btn ghost small"
                  aria-label={f.leaveOutFor(name(id))}
                  onClick={() =>
                    void leaveOutOfRound(round.id, id, shownNames)
                      .then(report)
                      .catch(() => {})
                  }
                >
                  {f.leaveOut}
                </button>
              )}
            </li>
          ))}
        </ul>
        {outside.length > 0 && round.status !== 'finished' && (
          <>
            <h3>{f.absentTitle}</h3>
            <ul class="check-grid" aria-label={f.absentTitle}>
              {byName(outside, names).map((id) => (
                <li key={id} class="row">
                  <span>{name(id)}</span>
                  <button
                    type="button"
                    class="btn small"
                    aria-label={f.addBackFor(name(id))}
                    onClick={() =>
                      void addBackToRound(round.id, id, undefined, shownNames)
                        .then(report)
                        .catch(() => {})
                    }
                  >
                    + {f.addBack}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <details class="teacher-draws">
          <summary>{f.teacherDraws}</summary>
          <ul>
            {inRound.map((g) => (
              <li key={g}>{f.drewArrow(name(g), name(round.draws[g]!))}</li>
            ))}
          </ul>
        </details>
      </section>

      <TagList round={round} names={names} />

      <section class="section danger-zone">
        <button type="button" class="btn danger" onClick={() => setConfirm('delete')}>
          {f.deleteRound}
        </button>
      </section>

      {confirm && (
        <ConfirmDialog
          danger={confirm === 'delete'}
          message={confirm === 'delete' ? f.deleteConfirm : f.finishConfirm}
          confirmLabel={confirm === 'delete' ? f.deleteRound : f.finish}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const what = confirm;
            setConfirm(null);
            if (what === 'delete')
              void deleteRound(round.id)
                .then(() => navigate(back, { replace: true }))
                // Already deleted in another tab: the banner says so; the list shows what is left.
                .catch((err) => err instanceof GoneError && navigate(back, { replace: true }));
            else void setRoundStatus(round.id, 'finished').catch(() => {});
          }}
        />
      )}
    </>
  );
}
