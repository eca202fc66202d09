// Recognitions as CSV for a spreadsheet: one row per recognition, names instead of ids, and
// formula-looking cells neutralised (a cell starting with = + - @ would run in Excel).
import type { Lang, Recognition } from '../types';

export type CsvSeparator = ',' | ';';

/**
 * Excel splits a CSV file on the list separator of the computer's region. Norwegian Windows uses
 * ';' (the comma is the decimal mark), English uses ','. So a file in bokmål or nynorsk is meant
 * for a Norwegian Excel and gets ';'.
 */
export function csvSeparator(lang: Lang): CsvSeparator {
  return lang === 'en' ? ',' : ';';
}

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
  // Quoted when it holds either separator, so the cell stays whole in any Excel.
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function recognitionsCsv(
  rows: readonly Recognition[],
  labels: CsvLabels,
  look: CsvLookup,
  separator: CsvSeparator = ',',
): string {
  const lines = [labels.headers.map(csvCell).join(separator)];
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
        .join(separator),
    );
  }
  // A byte-order mark lets Excel read æøå correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
