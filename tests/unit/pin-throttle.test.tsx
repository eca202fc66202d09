// Own file: the PIN form's attempt counter lives for the page's lifetime.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { setPin } from '../../src/data/pin';
import { PinForm } from '../../src/ui/PinForm';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('PIN attempts', () => {
  it('after five wrong PINs it waits, even for the right one, and reopening does not reset it', async () => {
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
    renderWithI18n(<PinForm idPrefix="t2" onUnlock={onUnlock} />);
    fireEvent.input(screen.getByLabelText('PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Vent (29|30) sekunder/));
    expect(onUnlock).not.toHaveBeenCalled();
  });
});
