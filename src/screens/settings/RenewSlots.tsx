// Settings → sharing, for a class connected on a teacher device: the file of new passwords IT made
// with `setup.sh renew-slots` for slots no device uses (docs/sync.md §7). Read like the connection
// file, then merged into the class's shared slot list through src/data/sync-renew.ts (import() on
// use); says how many slots are ready again, or why nothing changed.
import { useState } from 'preact/hooks';
import type { RenewResult } from '../../data/sync-renew';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { readPickedConnection } from './connection-refusal';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string };

function problemText(r: Exclude<RenewResult, { ok: true }>, s: Messages['sync']): string {
  return {
    'other-class': s.renewOtherClass,
    'unknown-slots': s.renewUnknownSlots,
    stale: s.renewStale,
    'no-slots': s.renewNoSlots,
    offline: s.renewOffline,
    refused: s.renewRefused,
    'not-couchdb': s.notCouchdb,
    failed: s.renewFailed,
  }[r.problem];
}

export function RenewSlots({
  classId,
  headingId,
  onRenewed,
}: {
  classId: string;
  headingId: string;
  onRenewed: () => void;
}) {
  const { m } = useI18n();
  const s = m.sync;
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A new input after each try, so choosing the same file again fires "change" again.
  const [inputKey, setInputKey] = useState(0);
  const id = `${headingId}-renew`;

  async function give(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'busy', text: s.reading });
    setInputKey((k) => k + 1);
    const read = await readPickedConnection(file, s);
    if (!read.ok) {
      setState({ kind: 'refused', text: read.text });
      return;
    }
    setState({ kind: 'busy', text: s.renewing });
    let r: RenewResult;
    try {
      const { renewSlots } = await import('../../data/sync-renew');
      r = await renewSlots(classId, read.file);
    } catch (e) {
      console.error(e);
      r = { ok: false, problem: 'failed' };
    }
    if (!r.ok) {
      setState({ kind: 'refused', text: problemText(r, s) });
      return;
    }
    setState({ kind: 'done', text: s.renewed(r.renewed) });
    onRenewed();
  }

  return (
    <div class="sync-renew">
      <label class="btn file">
        <span aria-hidden="true">🔑</span> <span id={`${id}-label`}>{s.renewFile}</span>
        <input
          key={inputKey}
          aria-labelledby={`${id}-label ${headingId}`}
          aria-describedby={`${id}-help`}
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'busy'}
          onChange={(e) => void give(e.currentTarget.files?.[0])}
        />
      </label>
      <p class="help" id={`${id}-help`}>
        {s.renewHelp}
      </p>
      <p role="status" class={state.kind === 'done' ? 'ok-text' : undefined}>
        {(state.kind === 'busy' || state.kind === 'done') && state.text}
      </p>
      {state.kind === 'refused' && (
        <p role="alert" class="import-error">
          {state.text} {s.nothingChanged}
        </p>
      )}
    </div>
  );
}
