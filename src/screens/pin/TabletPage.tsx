// What a pupil tablet shows instead of any teacher screen (docs/sync.md §5): a tablet is a shared
// screen, pupil mode is all it offers. No PIN form, no teacher data: the class's name, the way to
// pupil mode, and a button that sends the pupils' words now (one sync round; the background loop
// does it by itself once it exists); after a good round, the tablet's hello for the day.
import { useEffect, useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { useI18n } from '../../i18n/i18n';
import { namingFrom } from '../settings/device-naming';

type Sending = 'idle' | 'busy' | 'sent' | 'failed' | 'refused';

export function TabletPage({ classId }: { classId: string }) {
  const { m } = useI18n();
  const s = m.sync;
  const [name, setName] = useState<string | null>(null);
  const [sending, setSending] = useState<Sending>('idle');
  useEffect(() => {
    void getClass(classId).then((c) => setName(c?.name ?? null));
  }, [classId]);

  async function send() {
    setSending('busy');
    try {
      const { syncClass } = await import('../../data/sync-class');
      const r = await syncClass(classId);
      // Removed from the class (docs/sync.md §7): the server no longer knows this tablet.
      setSending(r.ok ? 'sent' : r.problem === 'refused' ? 'refused' : 'failed');
      if (r.ok) {
        const { touchHello } = await import('../../data/sync-devices');
        await touchHello(classId, namingFrom(s));
      }
    } catch (e) {
      console.error(e);
      setSending('failed');
    }
  }

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
        {sending === 'sent' && s.tabletSent}
        {sending === 'failed' && s.tabletSendFailed}
        {sending === 'refused' && s.refused}
      </p>
    </main>
  );
}
