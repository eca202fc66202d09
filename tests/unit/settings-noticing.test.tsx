import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { hasPin, recoverWithCode, setPin, verifyPin } from '../../src/data/pin';
import { PIN_KEY } from '../../src/data/pin-state';
import { cleanStarters, getStarters } from '../../src/data/starters';
import { listStrengths } from '../../src/data/strengths';
import { SettingsScreen } from '../../src/screens/settings/SettingsScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('strength catalogue editor', () => {
  it('adds a strength in three languages with a symbol and colour, and refuses a blank word', async () => {
    renderWithI18n(<SettingsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til en styrke' }));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Styrkene' })).getByRole('button', { name: 'Lagre' }),
    );
    expect(await screen.findByText('Skriv ordet på bokmål.')).toBeInTheDocument();
    const [nbWord, nnWord, enWord] = screen.getAllByLabelText('Ord');
    fireEvent.input(nbWord!, { target: { value: 'Vennskap' } });
    fireEvent.input(nnWord!, { target: { value: 'Venskap' } });
    fireEvent.input(enWord!, { target: { value: 'Friendship' } });
    fireEvent.input(screen.getAllByLabelText('Forklaring (én setning barn forstår)')[0]!, {
      target: { value: 'Å være en god venn.' },
    });
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Styrkene' })).getByRole('button', { name: 'Lagre' }),
    );
    expect(await screen.findByText('Velg et symbol.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Symbolet 🌱' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Farge 4' }));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Styrkene' })).getByRole('button', { name: 'Lagre' }),
    );
    expect(await screen.findByText('Vennskap er lagt til.')).toBeInTheDocument();
    const added = (await listStrengths()).at(-1)!;
    expect(added).toMatchObject({
      name: { nb: 'Vennskap', nn: 'Venskap', en: 'Friendship' },
      symbol: '🌱',
      color: '#15803d',
      hidden: false,
    });
    // Teacher-added and unused: it can be deleted.
    const actions = screen.getByRole('group', { name: 'Valg for Vennskap' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Slett' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Slett' }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Valg for Vennskap' })).not.toBeInTheDocument(),
    );
  });

  it('renames, reorders and hides a built-in strength (never deletes it)', async () => {
    renderWithI18n(<SettingsScreen />, 'en');
    const care = await screen.findByRole('group', { name: 'Actions for Care' });
    expect(within(care).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    fireEvent.click(within(care).getByRole('button', { name: 'Move Care up' }));
    await waitFor(async () => expect((await listStrengths())[0]!.key).toBe('care'));
    fireEvent.click(within(care).getByRole('button', { name: 'Hide' }));
    await waitFor(async () => expect((await listStrengths()).some((s) => s.key === 'care')).toBe(false));
    fireEvent.click(within(care).getByRole('button', { name: 'Edit' }));
    const [, , enWord] = await screen.findAllByLabelText('Word');
    fireEvent.input(enWord!, { target: { value: 'Caring' } });
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Strengths' })).getByRole('button', { name: 'Save' }),
    );
    expect(await screen.findByRole('group', { name: 'Actions for Caring' })).toBeInTheDocument();
    const stored = (await db().strengths.toArray()).find((s) => s.key === 'care')!;
    expect(stored).toMatchObject({ hidden: true, name: { nb: 'Omsorg', en: 'Caring' } });
  });
});

describe('teacher PIN settings', () => {
  it('sets, changes and removes the PIN, checking the digits and the current PIN', async () => {
    renderWithI18n(<SettingsScreen />);
    const section = await screen.findByRole('region', { name: 'PIN-kode for læreren' });
    expect(within(section).getByText('Ingen PIN-kode er satt.')).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Sett PIN-kode' }));
    fireEvent.input(within(section).getByLabelText('Ny PIN-kode (4 til 8 siffer)'), {
      target: { value: '12' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Lagre' }));
    expect(await within(section).findByText('PIN-koden må være 4 til 8 siffer.')).toBeInTheDocument();
    fireEvent.input(within(section).getByLabelText('Ny PIN-kode (4 til 8 siffer)'), {
      target: { value: '1234' },
    });
    fireEvent.input(within(section).getByLabelText('Skriv den nye PIN-koden en gang til'), {
      target: { value: '1235' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Lagre' }));
    expect(await within(section).findByText('De to PIN-kodene er ikke like.')).toBeInTheDocument();
    fireEvent.input(within(section).getByLabelText('Skriv den nye PIN-koden en gang til'), {
      target: { value: '1234' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Lagre' }));
    expect(await within(section).findByText('PIN-koden er lagret.')).toBeInTheDocument();
    expect(await verifyPin('1234')).toBe(true);
    // The recovery code is shown once, to write down; it is stored only as a hash.
    const box = within(section).getByRole('region', { name: 'Gjenopprettingskoden din' });
    const code = within(box).getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent!;
    fireEvent.click(within(box).getByRole('button', { name: 'Jeg har tatt vare på koden' }));
    expect(within(section).queryByText(code)).not.toBeInTheDocument();
    expect(JSON.stringify(await db().settings.toArray())).not.toContain(code.replace(/-/g, '').slice(0, 6));

    fireEvent.click(await within(section).findByRole('button', { name: 'Fjern PIN-koden' }));
    fireEvent.input(within(section).getByLabelText('Nåværende PIN-kode'), { target: { value: '9999' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Fjern PIN-koden' }));
    expect(await within(section).findByText('Feil PIN-kode. Prøv igjen.')).toBeInTheDocument();
    expect(await hasPin()).toBe(true);
    fireEvent.input(within(section).getByLabelText('Nåværende PIN-kode'), { target: { value: '1234' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Fjern PIN-koden' }));
    expect(await within(section).findByText('PIN-koden er fjernet.')).toBeInTheDocument();
    expect(await hasPin()).toBe(false);
  });

  it('a PIN without a recovery code gets one; a used recovery code is reported with its date', async () => {
    // A PIN set before recovery codes existed.
    await setPin('2468');
    const row = await db().settings.get(PIN_KEY);
    const { recovery: _, ...old } = row!.value as { recovery?: unknown };
    await db().settings.put({ ...row!, value: old });
    renderWithI18n(<SettingsScreen />);
    const section = await screen.findByRole('region', { name: 'PIN-kode for læreren' });
    expect(await within(section).findByText(/har ingen gjenopprettingskode/)).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Lag ny gjenopprettingskode' }));
    fireEvent.input(within(section).getByLabelText('Nåværende PIN-kode'), { target: { value: '2468' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Lag ny gjenopprettingskode' }));
    const box = await within(section).findByRole('region', { name: 'Gjenopprettingskoden din' });
    const code = within(box).getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent!;
    await waitFor(() =>
      expect(within(section).queryByText(/har ingen gjenopprettingskode/)).not.toBeInTheDocument(),
    );
    expect(await recoverWithCode(code, new Date(2026, 11, 2, 9).getTime())).toEqual({ result: 'ok' });
    expect(
      await within(section).findByText(
        /Gjenopprettingskoden ble brukt 2\. desember 2026, og PIN-koden ble fjernet/,
      ),
    ).toBeInTheDocument();
    expect(await within(section).findByText('Ingen PIN-kode er satt.')).toBeInTheDocument();
  });
});

describe('starter phrases', () => {
  it('cleans a pasted list: blanks and repeats dropped, at most 8 of 60 characters', () => {
    const many = Array.from({ length: 12 }, (_, i) => `fra ${i}`).join('\n');
    expect(cleanStarters(`  Du hjalp  \n\ndu hjalp\n${'x'.repeat(70)}`)).toEqual([
      'Du hjalp',
      'x'.repeat(60),
    ]);
    expect(cleanStarters(many)).toHaveLength(8);
  });

  it("the teacher's own pupil-mode starters are saved per language and can go back to the defaults", async () => {
    renderWithI18n(<SettingsScreen />);
    const field = await screen.findByLabelText('For elevmodus');
    await waitFor(() =>
      expect(field).toHaveValue('Du hjalp meg med\nDu var snill mot\nDu ventet på tur\nDu delte med'),
    );
    fireEvent.input(field, { target: { value: 'lekte med\n\nheiet på' } });
    const form = field.closest('form')!;
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(form).findByText('Lagret')).toBeInTheDocument();
    expect(await getStarters('pupil', 'nb')).toEqual(['lekte med', 'heiet på']);
    expect(await getStarters('pupil', 'en')).toBeNull();
    expect(await getStarters('teacher', 'nb')).toBeNull();
    fireEvent.click(await within(form).findByRole('button', { name: 'Bruk standardforslagene' }));
    expect(await within(form).findByText('Standardforslagene brukes.')).toBeInTheDocument();
    expect(await getStarters('pupil', 'nb')).toBeNull();
  });
});
