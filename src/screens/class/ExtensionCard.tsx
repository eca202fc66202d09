// The class screen's card for the companion extension: show this class in the extension (one class
// per device, remembered), what the extension last said, and "Export board file".
import { useEffect, useState } from 'preact/hooks';
import { boardFile } from '../../data/board-file';
import { getExtensionClass, setExtensionClass } from '../../data/board-publish';
import { type BridgeStatus, bridgeStatus, subscribeBridge } from '../../data/extension-bridge';
import { useLiveQuery } from '../../data/live';
import { formatDateWith } from '../../domain/locale-format';
import { LOCALES, useI18n } from '../../i18n/i18n';

function useBridgeStatus(): BridgeStatus {
  const [s, setS] = useState(bridgeStatus);
  useEffect(() => subscribeBridge(() => setS(bridgeStatus())), []);
  return s;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExtensionCard(props: { classId: string }) {
  const { m, lang } = useI18n();
  const x = m.extension;
  const chosen = useLiveQuery(() => getExtensionClass(), []);
  const bridge = useBridgeStatus();
  const [exportError, setExportError] = useState(false);
  const on = chosen === props.classId;
  const words = { teacher: m.board.teacher, classmate: m.board.classmate };

  let state = '';
  if (!bridge.present) state = x.noExtension;
  else if (on && bridge.pending) state = x.sending;
  else if (on && bridge.last?.ok === false)
    state = bridge.last.reason === 'too-large' ? x.tooLarge : x.refused;
  else if (on && bridge.last?.ok && bridge.last.classId === props.classId)
    state = x.received(formatDateWith(LOCALES[lang], bridge.last.at, { timeStyle: 'short' }));
  else if (on) state = x.sending;

  return (
    <section class="section card extension-card" aria-labelledby="extension-h">
      <h2 id="extension-h">{x.cardTitle}</h2>
      <p class="help">{x.cardHelp}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          disabled={chosen === undefined}
          onChange={(e) =>
            void setExtensionClass(e.currentTarget.checked ? props.classId : null).catch(() => {})
          }
        />{' '}
        {x.showInExtension}
      </label>
      {/* A live region, not role=status: the class screen's own status messages keep that role. */}
      <p class="meta" aria-live="polite">
        {state}
      </p>
      <button
        type="button"
        class="btn"
        onClick={async () => {
          try {
            const file = await boardFile(props.classId, lang, words);
            if (!file) throw new Error('no class');
            download(file.name, file.text);
            setExportError(false);
          } catch {
            setExportError(true);
          }
        }}
      >
        <span aria-hidden="true">💾</span> {x.exportFile}
      </button>
      <p class="help">{x.exportHelp}</p>
      {exportError && (
        <p class="error" role="alert">
          {x.exportFailed}
        </p>
      )}
    </section>
  );
}
