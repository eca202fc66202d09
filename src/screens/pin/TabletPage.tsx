// What a pupil tablet shows instead of any teacher screen (docs/sync.md §5): a tablet is a shared
// screen, pupil mode is all it offers. No PIN form, no teacher data: the class's name, the way to
// pupil mode, and a button that sends the pupils' words now (one sync round; the background loop
// does it by itself); after a good round, the tablet's hello for the day.
import { useI18n } from '../../i18n/i18n';
import { JoinByCode } from '../settings/JoinByCode';
import { useClassName, useRoundNow } from './shared-device';

export function TabletPage({ classId }: { classId: string }) {
  const { m } = useI18n();
  const s = m.sync;
  const name = useClassName(classId);
  const [sending, send] = useRoundNow(classId);

  return (
    <main id="main" class="page locked-screen">
      <h1>{s.tabletTitle}</h1>
      <p class="lead">{name ? s.tabletText(name) : s.tabletTextNoName}</p>
      <div class="row wrap">
        <a class="btn primary" href={`/pupil?class=${encodeURIComponent(classId)}`}>
          {s.tabletToPupilMode}
        </a>
        <button type="button" class="btn ghost" disabled={sending === 'busy'} onClick={() => void send()}>
          {s.tabletSend}
        </button>
      </div>
      <p role="status">
        {sending === 'busy' && s.tabletSending}
        {sending === 'done' && s.tabletSent}
        {sending === 'failed' && s.tabletSendFailed}
        {sending === 'refused' && s.sharedRefused}
      </p>
      {/* Taken out of the class: the teacher's new code brings it back, as this kind of device only. */}
      {sending === 'refused' && <JoinByCode replacing={classId} />}
    </main>
  );
}
