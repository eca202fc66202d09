// When the database cannot be opened at all: bring a backup file into a fresh database.
import { useState } from 'preact/hooks';
import { readBackupFile } from '../../data/backup-import';
import { restoreIntoFreshDatabase } from '../../data/recover';
import type { BackupEnvelope } from '../../domain/backup/format';
import type { ImportProblem } from '../../domain/backup/validate';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeProblem } from '../settings/describe-problem';
import '../settings/backup.css';

type State =
  | { kind: 'idle' }
  | { kind: 'confirm'; backup: BackupEnvelope }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'rejected'; problem: ImportProblem }
  | { kind: 'failed' };

export function RecoverScreen() {
  const { m } = useI18n();
  const b = m.backup;
  const [state, setState] = useState<State>({ kind: 'idle' });
  return (
    <main id="main" class="page">
      <h1>{b.recoverTitle}</h1>
      <section class="card data-card" aria-labelledby="recover-h">
        <h2 id="recover-h" class="sr-only">
          {b.recoverLink}
        </h2>
        <p>{b.recoverIntro}</p>
        <p class="notice">{b.recoverWarning}</p>
        <label class="btn file">
          <span aria-hidden="true">📂</span> <span id="recover-file-name">{b.chooseFile}</span>
          <input
            id="recover-file"
            aria-labelledby="recover-file-name"
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const parsed = await readBackupFile(await file.text());
              setState(
                parsed.ok
                  ? { kind: 'confirm', backup: parsed.backup }
                  : { kind: 'rejected', problem: parsed.problem },
              );
            }}
          />
        </label>
        {state.kind === 'confirm' && (
          <ConfirmDialog
            message={b.recoverConfirm}
            confirmLabel={b.importButton}
            danger
            onCancel={() => setState({ kind: 'idle' })}
            onConfirm={async () => {
              const backup = state.backup;
              setState({ kind: 'working', done: 0, total: 1 });
              try {
                await restoreIntoFreshDatabase(backup, (done, total) =>
                  setState({ kind: 'working', done, total }),
                );
                setState({ kind: 'done' });
              } catch (err) {
                console.error(err);
                setState({ kind: 'failed' });
              }
            }}
          />
        )}
        {state.kind === 'working' && (
          <div class="progress-row">
            <label for="recover-progress">{b.importing}</label>
            <progress id="recover-progress" max={state.total || 1} value={state.done} />
          </div>
        )}
        {state.kind === 'done' && (
          <>
            <p role="status" class="ok-text">
              {b.recoverDone}
            </p>
            <a class="btn primary" href="/">
              {b.recoverOpen}
            </a>
          </>
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
    </main>
  );
}
