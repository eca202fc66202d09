// Bring a backup file in: check all of it first, show what it holds, then merge or replace in one
// transaction with a progress bar. Replace downloads a safety backup of what is here first.
import { useState } from 'preact/hooks';
import { exportBackup } from '../../data/backup-export';
import { applyBackup, type ImportMode, type ImportSummary, readBackupFile } from '../../data/backup-import';
import { type BackupEnvelope, backupFileName } from '../../domain/backup/format';
import type { ImportProblem, ParseResult, Repairs } from '../../domain/backup/validate';
import { formatDateWith } from '../../domain/locale-format';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadText } from '../../ui/download';
import { describeProblem } from './describe-problem';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'ready'; backup: BackupEnvelope; repairs: Repairs }
  | { kind: 'confirm'; backup: BackupEnvelope; repairs: Repairs }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; summary: ImportSummary; safety: boolean }
  | { kind: 'rejected'; problem: ImportProblem }
  | { kind: 'failed' };

export function ImportSection() {
  const { m, lang } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [inputKey, setInputKey] = useState(0);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      // The file could not be read at all (moved, or a broken disk): same words as unreadable.
      setState({ kind: 'rejected', problem: { kind: 'notJson' } });
      return;
    }
    let parsed: ParseResult;
    try {
      parsed = await readBackupFile(text);
    } catch (err) {
      // A check that throws must not leave the screen "reading" with the input disabled.
      console.error(err);
      parsed = { ok: false, problem: { kind: 'notBackup' } };
    }
    setState(
      parsed.ok
        ? { kind: 'ready', backup: parsed.backup, repairs: parsed.repairs }
        : { kind: 'rejected', problem: parsed.problem },
    );
    // A refused file can be fixed and chosen again: the same name must fire "change" again.
    if (!parsed.ok) setInputKey((k) => k + 1);
  }

  async function run(backup: BackupEnvelope) {
    setState({ kind: 'importing', done: 0, total: 1 });
    let safety = false;
    try {
      if (mode === 'replace') {
        const b = await exportBackup({ kind: 'all' });
        downloadText(
          backupFileName({ kind: 'all' }, new Date(), 'drommeklassen-sikkerhet-for-erstatning'),
          b.text,
        );
        safety = true;
      }
      const summary = await applyBackup(backup, mode, (done, total) =>
        setState({ kind: 'importing', done, total }),
      );
      setState({ kind: 'done', summary, safety });
    } catch (err) {
      console.error(err);
      setState({ kind: 'failed' });
    }
    setInputKey((k) => k + 1);
  }

  const b = m.backup;
  return (
    <section class="card data-card" aria-labelledby="import-h">
      <h2 id="import-h">{b.importTitle}</h2>
      {/* A button in the app's language, not the browser's own "Choose File / No file chosen". */}
      <label class="btn file">
        <span aria-hidden="true">📂</span> <span id="import-file-name">{b.chooseFile}</span>
        <input
          key={inputKey}
          id="import-file"
          aria-labelledby="import-file-name"
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'importing' || state.kind === 'reading'}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      {state.kind === 'reading' && <p class="loading">{b.reading}</p>}
      {(state.kind === 'ready' || state.kind === 'confirm') && (
        <form
          class="import-ready"
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === 'replace')
              setState({ kind: 'confirm', backup: state.backup, repairs: state.repairs });
            else void run(state.backup);
          }}
        >
          <p>
            {b.fileSummary(
              formatDateWith(LOCALES[lang], new Date(state.backup.createdAt), {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
              state.backup.appVersion,
            )}{' '}
            {state.backup.scope.kind === 'class' ? b.fileClass(state.backup.scope.className) : b.fileAll}{' '}
            {b.fileCounts(
              state.backup.counts.classes,
              state.backup.counts.pupils,
              state.backup.counts.recognitions,
            )}
          </p>
          {state.repairs.futureTimes > 0 && <p class="help">{b.repairedTimes(state.repairs.futureTimes)}</p>}
          {state.repairs.duplicateKeys > 0 && (
            <p class="help">{b.repairedKeys(state.repairs.duplicateKeys)}</p>
          )}
          <fieldset>
            <legend>{b.modeLabel}</legend>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              <span>
                <strong>{b.modeMerge}</strong>
                <span class="help">{b.modeMergeHelp}</span>
              </span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              <span>
                <strong>{b.modeReplace}</strong>
                <span class="help">{b.modeReplaceHelp}</span>
              </span>
            </label>
          </fieldset>
          <button type="submit" class="btn primary">
            {b.importButton}
          </button>
        </form>
      )}
      {state.kind === 'confirm' && (
        <ConfirmDialog
          message={b.replaceConfirm}
          confirmLabel={b.modeReplace}
          danger
          onConfirm={() => void run(state.backup)}
          onCancel={() => setState({ kind: 'ready', backup: state.backup, repairs: state.repairs })}
        />
      )}
      {state.kind === 'importing' && (
        <div class="progress-row">
          <label for="import-progress">{b.importing}</label>
          <progress id="import-progress" max={state.total || 1} value={state.done} />
          <span class="meta">{b.progress(state.done, state.total)}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <p role="status" class="ok-text">
          {state.safety && `${b.safetySaved} `}
          {b.imported(state.summary.total.added, state.summary.total.updated, state.summary.total.kept)}
        </p>
      )}
      {state.kind === 'rejected' && (
        <div role="alert" class="import-error">
          <strong>{b.rejected}</strong>
          <p>{describeProblem(state.problem, m)}</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" class="import-error">
          {b.importFailed}
        </p>
      )}
    </section>
  );
}
