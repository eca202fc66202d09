// Settings → sharing between devices (docs/sync.md §6, §11, §13 steps 8-9): per class, connect it with
// the connection file from the IT department (a safety backup first), sync now, disconnect, or show a
// code for another teacher's computer (PairOffer), see or remove the class's devices (DeviceList) and
// take IT's file of new passwords for slots (RenewSlots);
// on any device, join a class with such a code. Loaded
// on its own and only in a build that lists a sync server (__DK_SYNC__); the sync code itself
// (src/data/sync-class.ts, with PouchDB) comes with import() when the teacher connects or syncs.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { exportBackup } from '../../data/backup-export';
import { listClasses } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import type { RoundOutcome } from '../../data/sync-class';
import {
  canPairScreens,
  canPairTablets,
  canPairTeachers,
  removeLink,
  syncLinks,
} from '../../data/sync-links';
import { onSyncStatus, setSyncStatus, syncRunner, syncStatus } from '../../data/sync-status';
import { backupFileName } from '../../domain/backup/format';
import { formatDateWith } from '../../domain/locale-format';
import type { SchoolClass } from '../../domain/types';
import { LOCALES, useI18n } from '../../i18n/i18n';
import type { LoopState } from '../../sync/loop';
import type { ClassLink } from '../../sync/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadText } from '../../ui/download';
import { readPickedConnection } from './connection-refusal';
import { Devices } from './DeviceList';
import { namingFrom } from './device-naming';
import { JoinByCode } from './JoinByCode';
import { PairOffer } from './PairOffer';
import { RenewSlots } from './RenewSlots';
import './sync.css';

/** What this screen is doing itself; the rounds' state comes from the loop (data/sync-status.ts). */
type State =
  /** `safety`: the class was just connected, and the safety backup was downloaded first. */
  | { kind: 'idle'; safety?: boolean }
  | { kind: 'busy'; text: string }
  /** Nothing was stored: a refused file, a failed backup. */
  | { kind: 'refused'; text: string }
  | { kind: 'disconnected' };

/** A class's sync state, live: the loop's rounds in this tab or, through a BroadcastChannel, another. */
function useSyncStatus(classId: string): LoopState | undefined {
  const [state, setState] = useState(() => syncStatus(classId));
  useEffect(() => {
    setState(syncStatus(classId));
    return onSyncStatus(() => setState(syncStatus(classId)));
  }, [classId]);
  return state;
}

const stateOf = (o: RoundOutcome, now: number): LoopState =>
  o.ok
    ? { kind: 'synced', at: o.at }
    : o.problem === 'refused'
      ? { kind: 'refused' }
      : { kind: 'retrying', problem: o.problem, retryAt: now };

const host = (server: string) => new URL(server).host;

export function SyncSection() {
  const { m } = useI18n();
  const classes = useLiveQuery(listClasses, []);
  const links = useLiveQuery(syncLinks, []);
  const s = m.sync;
  // Bumped when this device joined a class by code: its device list then has this device too.
  const [joins, setJoins] = useState(0);
  const joined = useCallback(() => setJoins((n) => n + 1), []);
  return (
    <section class="card data-card sync-card" aria-labelledby="sync-h">
      <h2 id="sync-h">{s.title}</h2>
      <p class="help">{s.intro}</p>
      {classes && links ? (
        classes.length === 0 ? (
          <p>{s.noClasses}</p>
        ) : (
          classes.map((c) => (
            <ClassSharing key={c.id} cls={c} link={links.find((l) => l.classId === c.id)} joins={joins} />
          ))
        )
      ) : (
        <p class="loading">{m.common.loading}</p>
      )}
      <JoinByCode onJoined={joined} />
    </section>
  );
}

function ClassSharing({
  cls,
  link,
  joins,
}: {
  cls: SchoolClass;
  link: ClassLink | undefined;
  joins: number;
}) {
  const { m, lang } = useI18n();
  const s = m.sync;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const status = useSyncStatus(cls.id);
  // A new input after each try, so choosing the same (fixed) file again fires "change" again.
  const [inputKey, setInputKey] = useState(0);
  // Asking before disconnecting keeps the last round's line in view behind the question.
  const [confirming, setConfirming] = useState(false);
  // Bumped when the device list should read the server again (a code used, a round done).
  const [devicesRead, setDevicesRead] = useState(0);
  // Bumped when IT's new passwords were taken: the list starts afresh, without «Plassen kan ikke …».
  const [renewals, setRenewals] = useState(0);
  const headingId = `sync-class-${cls.id}`;
  const busy = state.kind === 'busy';
  const server = link?.server;

  /**
   * A round now: through the loop when it runs in this tab (it joins a round already running, never a
   * second one beside it), otherwise directly (the loop's tab runs its rounds after it: Web Locks).
   */
  async function round(safety: boolean) {
    setState({ kind: 'busy', text: s.syncing });
    let ok: boolean;
    const run = syncRunner();
    if (run) ok = (await run(cls.id)).ok;
    else {
      setSyncStatus(cls.id, { kind: 'syncing' });
      const { syncClass } = await import('../../data/sync-class');
      const outcome = await syncClass(cls.id);
      setSyncStatus(cls.id, stateOf(outcome, Date.now()));
      ok = outcome.ok;
    }
    setState({ kind: 'idle', safety });
    if (!ok) return;
    // This (teacher) device's hello: `lastSeen` at most once a day (docs/sync.md §6.2). Not `link`
    // here: right after connecting, this render's `link` is still the one from before.
    const { touchHello } = await import('../../data/sync-devices');
    await touchHello(cls.id, namingFrom(s));
    setDevicesRead((n) => n + 1);
  }

  async function connect(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'busy', text: s.reading });
    setInputKey((k) => k + 1);
    const read = await readPickedConnection(file, s);
    if (!read.ok) {
      setState({ kind: 'refused', text: read.text });
      return;
    }
    // New passwords for slots (setup.sh renew-slots), or a class already connected here: never a new
    // connection (that would make the class new keys beside the ones its devices have).
    const { server, syncId } = read.file;
    const here = (await syncLinks()).find((l) => l.server === server && l.syncId === syncId);
    if (here) {
      const name = (await listClasses()).find((c) => c.id === here.classId)?.name ?? '';
      setState({ kind: 'refused', text: s.renewBelongsTo(name) });
      return;
    }
    if (read.file.renewed) {
      setState({ kind: 'refused', text: s.renewNotConnection });
      return;
    }
    setState({ kind: 'busy', text: s.connecting });
    // Connecting lets what other devices wrote into this class: keep a copy of everything first, and
    // connect nothing if the copy cannot be made.
    try {
      const b = await exportBackup({ kind: 'all' });
      downloadText(backupFileName({ kind: 'all' }, new Date(), 'drommeklassen-sikkerhet-for-deling'), b.text);
    } catch (err) {
      console.error(err);
      setState({ kind: 'refused', text: s.backupFailed });
      return;
    }
    try {
      const { connectClass } = await import('../../data/sync-class');
      await connectClass(cls.id, read.file);
    } catch (err) {
      console.error(err);
      setState({ kind: 'refused', text: s.connectFailed });
      return;
    }
    await round(true);
  }

  const devicesChanged = useCallback(() => setDevicesRead((n) => n + 1), []);

  async function disconnect() {
    setConfirming(false);
    setState({ kind: 'busy', text: s.disconnect });
    try {
      await removeLink(cls.id);
      setState({ kind: 'disconnected' });
    } catch (err) {
      console.error(err);
      setState({ kind: 'refused', text: s.disconnectFailed });
    }
  }

  const statusText = (st: LoopState): string => {
    switch (st.kind) {
      case 'syncing':
        return s.syncing;
      case 'synced':
        return s.syncedAt(
          formatDateWith(LOCALES[lang], new Date(st.at), { hour: '2-digit', minute: '2-digit' }),
        );
      case 'refused':
        return s.refused;
      case 'retrying':
        return { offline: s.offline, 'not-couchdb': s.notCouchdb, failed: s.failed }[st.problem];
    }
  };

  return (
    <section class="sync-class" aria-labelledby={headingId}>
      <h3 id={headingId}>{cls.name}</h3>
      {server ? (
        <>
          <p class="meta">{s.connectedTo(host(server))}</p>
          {link && <p class="meta">{s.serverId(link.syncId)}</p>}
          <div class="row wrap">
            <button type="button" class="btn primary" disabled={busy} onClick={() => void round(false)}>
              <span aria-hidden="true">🔄</span> {s.syncNow}
            </button>
            <button type="button" class="btn ghost" disabled={busy} onClick={() => setConfirming(true)}>
              {s.disconnect}
            </button>
          </div>
          {canPairTeachers(link) && (
            <PairOffer classId={cls.id} headingId={headingId} onPaired={devicesChanged} />
          )}
          {canPairTablets(link) && (
            <PairOffer classId={cls.id} headingId={headingId} kind="tablet" onPaired={devicesChanged} />
          )}
          {canPairScreens(link) && (
            <PairOffer classId={cls.id} headingId={headingId} kind="screen" onPaired={devicesChanged} />
          )}
        </>
      ) : (
        <>
          <label class="btn file">
            <span aria-hidden="true">🔗</span> <span id={`${headingId}-file`}>{s.connectFile}</span>
            <input
              key={inputKey}
              aria-labelledby={`${headingId}-file ${headingId}`}
              aria-describedby={`${headingId}-help`}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(e) => void connect(e.currentTarget.files?.[0])}
            />
          </label>
          <p class="help" id={`${headingId}-help`}>
            {s.connectHelp}
          </p>
        </>
      )}
      <p role="status" class={state.kind === 'idle' && status?.kind === 'synced' ? 'ok-text' : undefined}>
        {state.kind === 'busy' && state.text}
        {state.kind === 'idle' && server && status && (
          <>
            {state.safety && `${s.safetySaved} `}
            {statusText(status)}
          </>
        )}
        {state.kind === 'disconnected' && s.disconnected(cls.name)}
      </p>
      {state.kind === 'refused' && (
        <p role="alert" class="import-error">
          {state.text} {s.nothingChanged}
        </p>
      )}
      {/* After the round's lines, so they stay next to «Synkroniser nå». */}
      {server && link?.role === 'teacher' && link.keys.kind === 'class' && (
        <>
          <Devices key={renewals} classId={cls.id} headingId={headingId} reload={devicesRead + joins} />
          <RenewSlots classId={cls.id} headingId={headingId} onRenewed={() => setRenewals((n) => n + 1)} />
        </>
      )}
      {confirming && (
        <ConfirmDialog
          message={s.disconnectConfirm(cls.name)}
          confirmLabel={s.disconnect}
          onConfirm={() => void disconnect()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
