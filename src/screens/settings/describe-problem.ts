// Turns an import problem into one sentence a teacher understands, in the chosen language.
import type { FieldProblem, ImportProblem } from '../../domain/backup/validate';
import type { Messages } from '../../i18n/messages';

export function describeProblem(p: ImportProblem, m: Messages): string {
  const b = m.backup;
  const what = (x: FieldProblem) => b.problem[x];
  const field = (f: string) => {
    const top = f.split('.')[0] as keyof typeof b.field;
    return f in b.field ? b.field[top] : `«${f}»`;
  };
  switch (p.kind) {
    case 'empty':
    case 'tooBig':
    case 'notJson':
    case 'notBackup':
    case 'checksum':
      return b.problem[p.kind];
    case 'newerFormat':
    case 'newerSchema':
      return b.problem.newer(p.appVersion);
    case 'envelope':
      return b.problem.envelope(p.field, what(p.problem));
    case 'countMismatch':
      return b.problem.countMismatch(b.record[p.table], p.expected, p.found);
    case 'record':
      return b.problem.record(b.record[p.table], p.index + 1, field(p.field), what(p.problem));
    case 'duplicate':
      return b.problem.duplicate(b.record[p.table], p.index + 1);
    case 'reference':
      return (p.otherClass ? b.problem.referenceOtherClass : b.problem.reference)(
        b.record[p.table],
        p.index + 1,
        field(p.field),
      );
    case 'tooManyPupils':
      return b.problem.tooManyPupils(p.className, p.count, p.max);
  }
}
