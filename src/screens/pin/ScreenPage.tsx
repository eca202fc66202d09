// What a classroom screen shows instead of any teacher screen (docs/sync.md §5): the board, pupil
// mode, the dream tree and the timer are all it offers. No PIN form, no teacher data, no settings,
// no queue: the class's name, big ways to the shared screens, and «Oppdater nå» (one sync round; the
// background loop keeps pulling by itself, so the board shows newly approved words live).
import { useI18n } from '../../i18n/i18n';
import { JoinByCode } from '../settings/JoinByCode';
import { useClassName, useRoundNow } from './shared-device';
import '../../ui/noticing.css';

export function ScreenPage({ classId }: { classId: string }) {
  const { m } = useI18n();
  const s = m.sync;
  const name = useClassName(classId);
  const [round, update] = useRoundNow(classId);
  const q = `?class=${encodeURIComponent(classId)}`;

  return (
    <main id="main" class="page locked-screen">
      <h1>{s.screenTitle}</h1>
      <p class="lead">{name ? s.screenText(name) : s.screenTextNoName}</p>
      <div class="row wrap">
        <a class="btn big primary" href={`/board${q}`}>
          {s.screenToBoard}
        </a>
        <a class="btn big" href={`/pupil${q}`}>
          {s.screenToPupilMode}
        </a>
        <a class="btn big" href={`/tree${q}`}>
          {s.screenToTree}
        </a>
        <a class="btn big" href="/timer">
          {s.screenToTimer}
        </a>
      </div>
      <p>
        <button type="button" class="btn ghost" disabled={round === 'busy'} onClick={() => void update()}>
          {s.screenRoundNow}
        </button>
      </p>
      <p role="status">
        {round === 'busy' && s.screenUpdating}
        {round === 'done' && s.screenUpdated}
        {round === 'failed' && s.screenUpdateFailed}
        {round === 'refused' && s.sharedRefused}
      </p>
      {/* Taken out of the class: the teacher's new code brings it back, as this kind of device only. */}
      {round === 'refused' && <JoinByCode replacing={classId} />}
    </main>
  );
}
