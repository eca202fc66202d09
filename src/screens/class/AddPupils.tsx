// Paste a list of names, one per line; says exactly what was added and what was skipped.
import { useState } from 'preact/hooks';
import { addPupilsFromText } from '../../data/pupils';
import type { ParsedNames } from '../../domain/names';
import { useI18n } from '../../i18n/i18n';

export function AddPupils(props: { classId: string }) {
  const { m } = useI18n();
  const [text, setText] = useState('');
  const [report, setReport] = useState<ParsedNames | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card add-pupils"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        try {
          const result = await addPupilsFromText(props.classId, text);
          setReport(result);
          // Too many: nothing was added, so the pasted list stays to be shortened.
          if (!result.tooMany) setText('');
        } catch {
          // Not saved: keep the text so nothing typed is lost; the banner explains.
          setReport(null);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{m.pupils.addTitle}</h3>
      <label for="paste-names">{m.pupils.pasteLabel}</label>
      <p id="paste-help" class="help">
        {m.pupils.pasteHelp}
      </p>
      <textarea
        id="paste-names"
        rows={5}
        aria-describedby="paste-help"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="btn primary" disabled={busy || !text.trim()}>
        {m.pupils.add}
      </button>
      <div role="status" class="report">
        {report?.tooMany && <p>{m.pupils.tooMany(report.tooMany.max, report.tooMany.wanted)}</p>}
        {report && !report.tooMany && (
          <ul>
            <li>{report.names.length ? m.pupils.added(report.names.length) : m.pupils.nothingToAdd}</li>
            {report.blank > 0 && <li>{m.pupils.skippedBlank(report.blank)}</li>}
            {report.duplicates.length > 0 && (
              <li>{m.pupils.skippedDuplicates(report.duplicates.join(', '))}</li>
            )}
            {report.shortened.length > 0 && <li>{m.pupils.shortened(report.shortened.join(', '))}</li>}
            {report.firstColumnOnly.length > 0 && (
              <li>{m.pupils.firstColumnOnly(report.firstColumnOnly.join(', '))}</li>
            )}
            {report.noLetter.length > 0 && <li>{m.pupils.skippedNoLetter(report.noLetter.join(', '))}</li>}
          </ul>
        )}
      </div>
    </form>
  );
}
