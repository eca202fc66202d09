// Recognitions as CSV for a spreadsheet: one row per recognition, names instead of ids, and
// formula-looking cells neutralised (a cell starting with = + - @ would run in Excel).
import type { Recognition } from '../types';

export interface CsvLabels {
  headers: [
    date: string,
    className: string,
    pupil: string,
    strength: string,
    text: string,
    noticedBy: string,
    status: string,
  ];
  wholeClass: string;
  status: Record<Recognition['status'], string>;
}

export interface CsvLookup {
  className(id: string): string;
  pupilName(id: string): string;
  strengthName(id: string): string;
  noticedBy(r: Recognition): string;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function recognitionsCsv(rows: readonly Recognition[], labels: CsvLabels, look: CsvLookup): string {
  const lines = [labels.headers.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        Number.isFinite(new Date(r.createdAt).getTime())
          ? new Date(r.createdAt).toISOString().slice(0, 10)
          : '',
        look.className(r.classId),
        r.pupilId ? look.pupilName(r.pupilId) : labels.wholeClass,
        look.strengthName(r.strengthId),
        r.text,
        look.noticedBy(r),
        labels.status[r.status],
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // A byte-order mark lets Excel read æøå correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
