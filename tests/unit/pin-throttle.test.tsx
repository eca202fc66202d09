// The wrong-PIN wait is the device's: stored in the database, so a reload, a new tab or a
// reopened PIN window does not reset it, and recovery codes count towards it too.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DreamClassDB, useDatabase } from '../../src/data/db';
import { checkPin, recoverWithCode, setPin, THROTTLE_KEY } from '../../src/data/pin';
import { PinForm } from '../../src/screens/pin/PinForm';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

const ref = freshDatabase();

/** What a reload or a new tab has: the same database opened afresh, a fresh PIN window. */
async function reopen(): Promise<void> {
  const again = new DreamClassDB(ref.current.name);
  await again.open();
  useDatabase(again);
}

describe('PIN attempts', () => {
  it('after five wrong PINs it waits, even for the right one, and a reload does not reset it', async () => {
    await setPin('2468');
    const onUnlock = vi.fn();
    const first = renderWithI18n(<PinForm idPrefix="t" onUnlock={onUnlock} />);
    const field = screen.getByLabelText('PIN-kode');
    for (let i = 0; i < 4; i++) {
      fireEvent.input(field, { target: { value: '1111' } });
      fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Feil PIN-kode. Prøv igjen.'));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Lås opp' })).toBeEnabled());
      fireEvent.input(field, { target: { value: '' } });
    }
    fireEvent.input(field, { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Vent 30 sekunder'));
    first.unmount();
    await reopen();
    expect((await ref.current.settings.get(THROTTLE_KEY))?.value).toMatchObject({ failed: 0 });
    renderWithI18n(<PinForm idPrefix="t2" onUnlock={onUnlock} />);
    fireEvent.input(screen.getByLabelText('PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Vent (29|30) sekunder/));
    expect(onUnlock).not.toHaveBeenCalled();
    // Once the wait is over, the right PIN opens and the count starts again.
    expect(await checkPin('2468', Date.now() + 31_000)).toEqual({ result: 'ok' });
    expect(await ref.current.settings.get(THROTTLE_KEY)).toBeUndefined();
  }, 20_000);

  it('wrong recovery codes count towards the same wait', async () => {
    const code = await setPin('2468');
    const now = Date.now();
    for (let i = 0; i < 4; i++)
      expect(await recoverWithCode('AAAA-BBBB-CCCC', now)).toEqual({ result: 'wrong' });
    expect(await checkPin('1111', now)).toEqual({ result: 'wait', seconds: 30 });
    expect(await recoverWithCode(code!, now + 1000)).toEqual({ result: 'wait', seconds: 29 });
    expect(await recoverWithCode(code!, now + 31_000)).toEqual({ result: 'ok' });
  });

  it('a wait stored under a clock that was turned back lasts at most one wait', async () => {
    await setPin('2468');
    const now = Date.now();
    await ref.current.settings.put({
      key: THROTTLE_KEY,
      value: { failed: 0, waitUntil: now + 86_400_000 },
      updatedAt: now,
    });
    expect(await checkPin('2468', now)).toEqual({ result: 'wait', seconds: 30 });
    expect(await checkPin('2468', now + 31_000)).toEqual({ result: 'ok' });
  });
});
