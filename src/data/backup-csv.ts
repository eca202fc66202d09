// Recognitions as a spreadsheet (CSV), with class, pupil and strength names filled in; the
// separator follows the language (';' for a Norwegian Excel, ',' for an English one).
import { type CsvLabels, csvSeparator, recognitionsCsv } from '../domain/backup/csv';
import type { Lang, Recognition } from '../domain/types';
import { localized, type NoticedByWords, noticedByName } from '../domain/wording';
import type { ExportTarget } from './backup-export';
import { readBackupData } from './backup-export';

export async function exportRecognitionsCsv(
  target: ExportTarget,
  labels: CsvLabels,
  names: NoticedByWords,
  lang: Lang,
): Promise<{ text: string; rows: number }> {
  const data = await readBackupData(target);
  const classes = new Map(data.classes.map((c) => [c.id, c.name]));
  const pupils = new Map(data.pupils.map((p) => [p.id, p.name]));
  const strengths = new Map(data.strengths.map((s) => [s.id, localized(s.name, lang)]));
  const rows = [...data.recognitions].sort((a, b) => a.createdAt - b.createdAt);
  const noticedBy = (r: Recognition) => noticedByName(r.noticedBy, (id) => pupils.get(id), names);
  const text = recognitionsCsv(
    rows,
    labels,
    {
      className: (id) => classes.get(id) ?? '',
      pupilName: (id) => pupils.get(id) ?? names.classmate,
      strengthName: (id) => strengths.get(id) ?? '',
      noticedBy,
    },
    csvSeparator(lang),
  );
  return { text, rows: rows.length };
}
