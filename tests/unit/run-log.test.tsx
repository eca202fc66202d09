import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addBlankRoutine, logRun } from '../../src/data/routines';
import { addDaysIso } from '../../src/domain/dates';
import { RunLog } from '../../src/screens/routines/RunLog';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
withClassC1();

describe('the routine log', () => {
  it('reaches back through the whole term, twenty at a time, and not into the last term', async () => {
    const routine = await addBlankRoutine('c1', 'Ukas SMART-time', '2026-07-01');
    // 30 runs every third day back from 2 Dec: the oldest is 15 Sep, long before the last four weeks.
    for (let i = 0; i < 30; i++) {
      await logRun({
        classId: 'c1',
        routineId: routine.id,
        date: addDaysIso('2026-12-02', -3 * i),
        status: 'done',
        note: `Runde ${i}`,
      });
    }
    await logRun({ classId: 'c1', routineId: routine.id, date: '2026-06-15', status: 'done', note: 'Våren' });
    renderWithI18n(<RunLog classId="c1" routines={[routine]} today="2026-12-02" />);
    fireEvent.click(screen.getByText('Loggen'));
    expect(await screen.findByText(/«Runde 0»/)).toBeInTheDocument();
    expect(screen.getByText(/^Alt som er logget siden 1\. aug/)).toBeInTheDocument();
    expect(screen.getByText(/«Runde 19»/)).toBeInTheDocument();
    expect(screen.queryByText(/«Runde 20»/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere (10 til)' }));
    expect(await screen.findByText(/«Runde 29»/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Vis flere/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/«Våren»/)).not.toBeInTheDocument();
  });
});
