// Settings → sharing: «Koble til med kode», on any device of a build with a sync server. The code
// from another teacher's computer brings its class here (docs/sync.md §6.2); every failure says in
// plain words that nothing changed (§11). With several servers in the build the teacher picks one.
// Opened from a QR code's link (`/pair#dk1.<code>`, src/pair-link.ts) it has the code filled in and
// says so; the teacher still presses the button, so nothing is stored before that (§6.1).
// The data code (src/data/sync-pair.ts, with PouchDB) comes with import() on submit.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JoinProblem } from '../../data/sync-pair';
import { syncRunner } from '../../data/sync-status';
import { codeFromFragment } from '../../domain/sync/pairing';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { heldPairLink } from '../../pair-link';
import { Link, navigate } from '../../router';
import { namingFrom } from './device-naming';
import { groupedCode } from './PairOffer';

type State =
  | { kind: 'idle' }
  /** The code came from a QR code's link: filled in, waiting for the button. */
  | { kind: 'from-qr' }
  | { kind: 'busy' }
  | { kind: 'joined'; classId: string; className: string; role?: string }
  | { kind: 'failed'; problem: JoinProblem; fromQr?: boolean };

export function joinProblemText(p: JoinProblem, s: Messages['sync']): string {
  switch (p) {
    case 'malformed':
      return s.codeMalformed;
    case 'wrong-code':
      return s.codeWrong;
    case 'expired':
      return s.codeExpired;
    case 'damaged':
      return s.codeDamaged;
    case 'newer-format':
      return s.codeNewer;
    case 'already-here':
      return s.alreadyHere;
    case 'offline':
      return s.joinOffline;
    case 'refused':
      return s.joinRefused;
    case 'not-couchdb':
      return s.notCouchdb;
    case 'failed':
      return s.joinFailed;
  }
}

export function JoinByCode({
  onJoined,
  replacing,
}: {
  onJoined?: () => void;
  /**
   * On a screen or tablet taken out of the class (its page, TabletPage and ScreenPage): the class
   * it joins again with the teacher's new code, as a screen or tablet only.
   */
  replacing?: string;
} = {}) {
  const { m } = useI18n();
  const s = m.sync;
  const servers = __DK_SYNC_ORIGINS__;
  // The QR code's link, read once: its code, or a plain "malformed" that changes nothing.
  const [fromLink] = useState(() => {
    const fragment = heldPairLink();
    return fragment === undefined ? undefined : { code: codeFromFragment(fragment) };
  });
  const [state, setState] = useState<State>(() =>
    !fromLink
      ? { kind: 'idle' }
      : fromLink.code
        ? { kind: 'from-qr' }
        : { kind: 'failed', problem: 'malformed', fromQr: true },
  );
  const [code, setCode] = useState(() => (fromLink?.code ? groupedCode(fromLink.code) : ''));
  const [server, setServer] = useState(servers[0] ?? '');
  const busy = state.kind === 'busy';
  const section = useRef<HTMLElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  // Far down the settings: the form the link opened comes into view, its button ready to press.
  useEffect(() => {
    if (!fromLink) return;
    section.current?.scrollIntoView({ block: 'center' });
    if (fromLink.code) submit.current?.focus({ preventScroll: true });
  }, [fromLink]);

  async function join(e: Event) {
    e.preventDefault();
    if (busy) return;
    setState({ kind: 'busy' });
    try {
      const { joinByCode } = await import('../../data/sync-pair');
      const r = await joinByCode(code, server, undefined, namingFrom(s), replacing);
      // The background loop stopped trying a class the server refused: it starts again.
      if (r.ok && replacing) void syncRunner()?.(r.classId);
      if (r.ok) setCode('');
      // This device said hello only now: the class's device list reads the server again.
      if (r.ok) onJoined?.();
      setState(r.ok ? { kind: 'joined', ...r } : { kind: 'failed', problem: r.problem });
      // A pupil tablet shows pupil mode only (docs/sync.md §5): straight there, and from then on every
      // teacher screen gives way to the tablet page (TeacherScreenGate.tsx).
      if (r.ok && r.role === 'tablet') navigate(`/pupil?class=${encodeURIComponent(r.classId)}`);
      // A classroom screen likewise: straight to the board, and no teacher screen from then on.
      if (r.ok && r.role === 'screen') navigate(`/board?class=${encodeURIComponent(r.classId)}`);
    } catch (err) {
      console.error(err);
      setState({ kind: 'failed', problem: 'failed' });
    }
  }

  return (
    <section class="sync-class sync-join" aria-labelledby="sync-join-h" ref={section}>
      <h3 id="sync-join-h">{replacing ? s.rejoinTitle : s.joinTitle}</h3>
      <p class="help">{replacing ? s.rejoinHelp : s.joinHelp}</p>
      <form class="sync-join-form" onSubmit={(e) => void join(e)}>
        {servers.length > 1 && (
          <label>
            {s.joinServer}
            <select value={server} disabled={busy} onChange={(e) => setServer(e.currentTarget.value)}>
              {servers.map((o) => (
                <option key={o} value={o}>
                  {new URL(o).host}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {s.joinCode}
          <input
            class="pair-code-input"
            value={code}
            onInput={(e) => {
              setCode(e.currentTarget.value);
              if (state.kind === 'from-qr') setState({ kind: 'idle' });
            }}
            required
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={40}
            readOnly={busy}
          />
        </label>
        <button type="submit" class="btn primary" disabled={busy} aria-busy={busy} ref={submit}>
          {s.joinSubmit}
        </button>
      </form>
      <p role="status" class={state.kind === 'joined' ? 'ok-text' : undefined}>
        {state.kind === 'from-qr' && s.qrFilled(s.joinSubmit)}
        {busy && s.joining}
        {state.kind === 'joined' && (
          <>
            {s.joined(state.className)}{' '}
            {state.role === 'tablet' ? (
              <Link href={`/pupil?class=${encodeURIComponent(state.classId)}`}>{s.tabletToPupilMode}</Link>
            ) : state.role === 'screen' ? (
              <Link href={`/board?class=${encodeURIComponent(state.classId)}`}>{s.screenToBoard}</Link>
            ) : (
              <Link href={`/class/${encodeURIComponent(state.classId)}`}>{s.openClass(state.className)}</Link>
            )}
          </>
        )}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" class="import-error">
          {state.fromQr && `${s.qrMalformed} `}
          {joinProblemText(state.problem, s)} {s.nothingChanged}
        </p>
      )}
    </section>
  );
}
