import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { hasPin, setPin } from '../../src/data/pin';
import { LOCK_KEY, LOCK_SETTING, pinRecovery } from '../../src/data/pin-state';
import { LeaveSharedScreen } from '../../src/screens/pin/LeaveSharedScreen';
import { markSharedScreen, TeacherScreenGate } from '../../src/screens/pin/TeacherScreenGate';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

/** A teacher screen as a new tab (or a restarted browser) renders it: a fresh gate. */
const teacherTab = (lang: 'nb' | 'en' = 'nb') =>
  renderWithI18n(
    <TeacherScreenGate shared={false}>
      <h1>Lærerside</h1>
    </TeacherScreenGate>,
    lang,
  );

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
    expect(localStorage.getItem(LOCK_KEY)).toBe('/timer?i=60');
  });

  it('the old hidden keys and the phrase shown on screen no longer remove the PIN', async () => {
    await setPin('2468');
    history.replaceState(null, '', '/pupil?class=x');
    renderWithI18n(<LeaveSharedScreen to="/class/x">Leave</LeaveSharedScreen>, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    const pinField = await screen.findByLabelText('PIN');
    await waitFor(() => expect(pinField).toHaveFocus());
    fireEvent.keyDown(document, { code: 'KeyG', altKey: true, shiftKey: true });
    expect(screen.queryByLabelText('Confirmation')).not.toBeInTheDocument();
    expect(screen.queryByText(/I have forgotten the PIN/i)).not.toBeInTheDocument();
    // The forgotten-PIN path asks for the recovery code, which the screen never shows.
    fireEvent.click(screen.getByRole('button', { name: 'Forgot the PIN?' }));
    const code = await screen.findByLabelText('Recovery code');
    fireEvent.input(code, { target: { value: 'I have forgotten the PIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove the PIN' }));
    expect(await screen.findByText('Wrong recovery code. Try again.')).toBeInTheDocument();
    expect(await hasPin()).toBe(true);
    expect(location.pathname).toBe('/pupil');
  });

  it('the recovery code given when the PIN was set removes it, opens the way and leaves a dated note', async () => {
    const recovery = await setPin('2468');
    expect(recovery).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    history.replaceState(null, '', '/pupil?class=x');
    markSharedScreen('/pupil?class=x');
    renderWithI18n(<LeaveSharedScreen to="/class/x">Avslutt</LeaveSharedScreen>);
    fireEvent.click(screen.getByRole('button', { name: 'Avslutt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lærerens PIN-kode' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Glemt PIN-koden?' }));
    // Typed in lower case with spaces instead of dashes: still the code.
    fireEvent.input(await within(dialog).findByLabelText('Gjenopprettingskode'), {
      target: { value: recovery!.toLowerCase().replace(/-/g, ' ') },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fjern PIN-koden' }));
    await waitFor(() => expect(location.pathname).toBe('/class/x'));
    expect(await hasPin()).toBe(false);
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(await pinRecovery()).toMatchObject({ seen: false });
    // Nothing of the codes is stored in clear text.
    expect(JSON.stringify(await db().settings.toArray())).not.toContain(recovery!.slice(0, 4));
  });

  it('the teacher screens stay locked after a shared screen until the PIN is given', async () => {
    await setPin('2468');
    markSharedScreen('/pupil?class=x');
    teacherTab();
    // Not even the first frame shows the teacher screen.
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Lærersidene er låst' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
    fireEvent.input(await screen.findByLabelText('PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lås opp' }));
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(await db().settings.get(LOCK_SETTING)).toBeUndefined();
  });

  it("the lock is the device's: kept in localStorage (every tab, every restart) and in the database", async () => {
    await setPin('2468');
    markSharedScreen('/board?class=x');
    expect(localStorage.getItem(LOCK_KEY)).toBe('/board?class=x');
    await waitFor(async () => expect((await db().settings.get(LOCK_SETTING))?.value).toBe('/board?class=x'));
    // localStorage lost (cleared or blocked): the database record still locks.
    localStorage.clear();
    teacherTab();
    expect(await screen.findByRole('heading', { name: 'Lærersidene er låst' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
  });

  it('an open teacher tab locks at once when a shared screen opens in another tab', async () => {
    await setPin('2468');
    teacherTab();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
    // The other tab writes the lock; this tab hears it through the storage event.
    localStorage.setItem(LOCK_KEY, '/pupil?class=x');
    await db().settings.put({ key: LOCK_SETTING, value: '/pupil?class=x', updatedAt: 1 });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: LOCK_KEY, newValue: '/pupil?class=x' }));
    });
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Lærersidene er låst' })).toBeInTheDocument();
  });

  it('fails closed: when the PIN cannot be read, a plain message and no teacher screen', async () => {
    await setPin('2468');
    markSharedScreen('/pupil?class=x');
    vi.spyOn(db().settings, 'get').mockRejectedValue(new Error('IndexedDB broke'));
    teacherTab('en');
    expect(await screen.findByRole('alert')).toHaveTextContent('The PIN cannot be read on this computer');
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
    vi.restoreAllMocks();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('PIN')).toBeInTheDocument();
  });

  it('a database that cannot be opened shows the teacher screens (and their restore help) only when no shared screen locked them', async () => {
    await setPin('2468');
    const broken = Object.assign(new Error('cannot open'), { name: 'OpenFailedError' });
    vi.spyOn(db().settings, 'get').mockRejectedValue(broken);
    teacherTab();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
    vi.restoreAllMocks();
    localStorage.clear();
    markSharedScreen('/pupil?class=x');
    vi.spyOn(db().settings, 'get').mockRejectedValue(broken);
    teacherTab();
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN-koden kan ikke leses');
  });

  it('fails closed when a PIN record is there but is not one this app wrote', async () => {
    markSharedScreen('/pupil?class=x');
    await db().settings.put({ key: 'teacher.pin', value: null, updatedAt: 1 });
    teacherTab();
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN-koden kan ikke leses');
    expect(screen.queryByRole('heading', { name: 'Lærerside' })).not.toBeInTheDocument();
  });

  it('without a PIN the teacher screens open after a shared screen', async () => {
    markSharedScreen('/board?class=y');
    teacherTab();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
  });
});
