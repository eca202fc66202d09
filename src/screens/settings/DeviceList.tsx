// Settings → sharing, for a class connected on a teacher device: the class's devices as their hellos
// say (docs/sync.md §7), teacher devices, screens and pupil tablets, with when each joined and was last
// seen, «Denne maskinen» for this one, and «Fjern» for another one (on a device that knows the class's
// slots), after a plain question that says a tablet's sent words are fetched first.
// `Devices` loads and removes through src/data/sync-devices.ts (import() on mount); `DeviceList`
// only shows what it is given.
import { useEffect, useState } from 'preact/hooks';
import type { DeviceList as List, RemoveResult } from '../../data/sync-devices';
import { formatDateWith } from '../../domain/locale-format';
import type { Hello } from '../../domain/sync/devices';
import { seenToday, slotNumber } from '../../domain/sync/devices';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { namingFrom } from './device-naming';

type Load = { kind: 'loading' } | { kind: 'ready'; list: List } | { kind: 'failed'; text: string };

export function Devices({
  classId,
  headingId,
  reload,
}: {
  classId: string;
  headingId: string;
  reload: number;
}) {
  const { m } = useI18n();
  const s = m.sync;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [again, setAgain] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { listDevices } = await import('../../data/sync-devices');
        const r = await listDevices(classId);
        if (!live) return;
        if (r.ok) setLoad({ kind: 'ready', list: r.list });
        else
          setLoad({
            kind: 'failed',
            text: {
              offline: s.devicesOffline,
              refused: s.devicesRefused,
              'not-couchdb': s.notCouchdb,
              failed: s.devicesFailed,
            }[r.problem],
          });
      } catch (e) {
        console.error(e);
        if (live) setLoad({ kind: 'failed', text: s.devicesFailed });
      }
    })();
    return () => {
      live = false;
    };
  }, [classId, reload, again, s]);

  async function remove(user: string): Promise<RemoveResult> {
    try {
      const { removeDevice } = await import('../../data/sync-devices');
      const r = await removeDevice(classId, user);
      if (r.ok) setAgain((n) => n + 1);
      return r;
    } catch (e) {
      console.error(e);
      return { ok: false, problem: 'failed' };
    }
  }

  return (
    <DeviceList
      headingId={headingId}
      list={load.kind === 'ready' ? load.list : undefined}
      message={load.kind === 'loading' ? s.devicesLoading : load.kind === 'failed' ? load.text : undefined}
      onRemove={remove}
    />
  );
}

export function DeviceList({
  headingId,
  list,
  message,
  onRemove,
  now = Date.now(),
}: {
  headingId: string;
  list: List | undefined;
  message?: string;
  onRemove: (user: string) => Promise<RemoveResult>;
  now?: number;
}) {
  const { m, lang } = useI18n();
  const s = m.sync;
  const naming = namingFrom(s);
  const [asking, setAsking] = useState<Hello>();
  const [status, setStatus] = useState<{ text: string; alert?: boolean }>();
  const locale = LOCALES[lang];
  const date = (t: number) => formatDateWith(locale, new Date(t), { day: 'numeric', month: 'short' });
  const time = (t: number) => formatDateWith(locale, new Date(t), { hour: '2-digit', minute: '2-digit' });
  const listId = `${headingId}-devices`;

  async function confirm(h: Hello) {
    setAsking(undefined);
    setStatus({ text: s.removing(h.label) });
    const r = await onRemove(h.user);
    if (r.ok) {
      const text = r.slotFree ? s.removed(h.label) : s.removedRetired(h.label);
      // Devices still on a password the removed teacher device knew are cut off: the teacher pairs them again.
      const cut = (r.cut ?? []).map((d) => d.label ?? naming.labelFor(d.role, slotNumber(d.user)));
      setStatus({ text: cut.length ? `${text} ${s.removedCut(cut.join(', '))}` : text });
    } else
      setStatus({
        alert: true,
        text: {
          offline: s.removeOffline,
          refused: s.removeRefused,
          'not-couchdb': s.notCouchdb,
          'not-allowed': s.removeFailed,
          failed: s.removeFailed,
        }[r.problem],
      });
  }

  return (
    <section class="sync-devices" aria-labelledby={listId}>
      <h4 id={listId}>{s.devicesTitle}</h4>
      {message && <p class="help">{message}</p>}
      {list &&
        (list.devices.length === 0 ? (
          <p class="help">{s.devicesEmpty}</p>
        ) : (
          <ul class="device-list">
            {list.devices.map((h) => (
              <li key={h.user}>
                <div>
                  <strong>{h.label}</strong>
                  {h.user === list.own && <span class="device-own"> · {s.thisDevice}</span>}
                  <br />
                  <span class="meta">
                    {[
                      s.deviceRole[h.role],
                      h.platform,
                      s.joinedOn(date(h.joinedAt)),
                      seenToday(h.lastSeen, now)
                        ? s.seenTodayAt(time(h.lastSeen))
                        : s.seenOn(date(h.lastSeen)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                {list.canRemove && h.user !== list.own && (
                  <button
                    type="button"
                    class="btn ghost"
                    aria-label={s.removeNamed(h.label)}
                    onClick={() => setAsking(h)}
                  >
                    {s.remove}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
      {status?.alert ? (
        <p role="alert" class="import-error">
          {status.text}
        </p>
      ) : (
        <p role="status">{status?.text}</p>
      )}
      {asking && (
        <ConfirmDialog
          message={
            asking.role === 'teacher' ? s.removeConfirm(asking.label) : s.removeTabletConfirm(asking.label)
          }
          confirmLabel={s.removeNamed(asking.label)}
          danger
          onConfirm={() => void confirm(asking)}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </section>
  );
}
