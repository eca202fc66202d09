import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { hasPin, setPin } from '../../src/data/pin';
import { LeaveSharedScreen, markSharedScreen, TeacherScreenGate } from '../../src/ui/LeaveSharedScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
afterEach(() => sessionStorage.clear());

describe('leaving a shared screen', () => {
  it('leaves at once when no PIN is set', async () => {
    history.replaceState(null, '', '/pupil?class=x');
    renderWithI18n(<LeaveSharedScreen to="/class/x">Avslutt</LeaveSharedScreen>);
    fireEvent.click(screen.getByRole('button', { name: 'Avslutt' }));
    await waitFor(() => expect(location.pathname).toBe('/class/x'));
  });

  it('asks for the PIN: a wrong one keeps the pupil screen, the right one leaves', async () => {
    await setPin('2468');
    history.replaceState(null, '', '/pupil?class=x');
    renderWithI18n(<LeaveSharedScreen to="/class/x">Avslutt</LeaveSharedScreen>);
    fireEvent.click(screen.getByRole('button', { name: 'Avslutt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lærerens PIN-kode' });
    fireEvent.input(await within(dialog).findByLabelText('PIN-kode'), { target: { value: '1357' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lås opp' }));
    expect(await within(dialog).findByText('Feil PIN-kode. Prøv igjen.')).toBeInTheDocument();
    expect(location.pathname).toBe('/pupil');
    fireEvent.input(within(dialog).getByLabelText('PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lås opp' }));
    await waitFor(() => expect(location.pathname).toBe('/class/x'));
  });

  it('moves from one shared screen to another (the timer back to the board) without the PIN', async () => {
    await setPin('2468');
    markSharedScreen('/timer?i=60');
    history.replaceState(null, '', '/timer?i=60');
    renderWithI18n(<LeaveSharedScreen to="/board?class=x">Lukk</LeaveSharedScreen>);
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(location.pathname).toBe('/board'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Still locked: the teacher screens ask for the PIN after the board, as before.
    expect(sessionStorage.getItem('dk.sharedScreen')).toBe('/timer?i=60');
  });

  it('a forgotten PIN is removed only after the hidden keys and the typed phrase', async () => {
    await setPin('2468');
    history.replaceState(null, '', '/pupil?class=x');
    renderWithI18n(<LeaveSharedScreen to="/class/x">Leave</LeaveSharedScreen>, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    const pinField = await screen.findByLabelText('PIN');
    await waitFor(() => expect(pinField).toHaveFocus());
    expect(screen.queryByText('Forgot the PIN?')).not.toBeInTheDocument();
    fireEvent.keyDown(document, { code: 'KeyG', altKey: true, shiftKey: true });
    expect(await screen.findByText('Forgot the PIN?')).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Confirmation'), { target: { value: 'open' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove the PIN' }));
    expect(await screen.findByText(/does not match/)).toBeInTheDocument();
    expect(await hasPin()).toBe(true);
    fireEvent.input(screen.getByLabelText('Confirmation'), {
      target: { value: '  I have forgotten the PIN ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove the PIN' }));
    await waitFor(() => expect(location.pathname).toBe('/class/x'));
    expect(await hasPin()).toBe(false);
  });

  it('the teacher screens stay locked after a shared screen until the PIN is given', async () => {
    await setPin('2468');
    markSharedScreen('/pupil?class=x');
    renderWithI18n(
      <TeacherScreenGate shared={false}>
        <h1>Lærerside</h1>
      </TeacherScreenGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Lærersidene er låst' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
    fireEvent.input(await screen.findByLabelText('PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
    expect(sessionStorage.getItem('dk.sharedScreen')).toBeNull();
  });

  it('without a PIN the teacher screens open after a shared screen', async () => {
    markSharedScreen('/board?class=x');
    renderWithI18n(
      <TeacherScreenGate shared={false}>
        <h1>Lærerside</h1>
      </TeacherScreenGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
  });
});
