import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClass, updateClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { setFocus } from '../../src/data/focus-strengths';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { setStarters } from '../../src/data/starters';
import { listStrengths } from '../../src/data/strengths';
import { PupilScreen } from '../../src/screens/pupil/PupilScreen';
import { PupilStrengthStep } from '../../src/screens/pupil/PupilStrengthStep';
import { PupilTextStep } from '../../src/screens/pupil/PupilTextStep';
import { PupilThanksStep, THANKS_MS } from '../../src/screens/pupil/PupilThanksStep';
import { WhoAreYouStep, WhoDidYouNoticeStep } from '../../src/screens/pupil/PupilWhoSteps';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

async function setup(opts: { textOptional?: boolean } = {}) {
  const c = await createClass({ name: '3A', yearGroup: 3 });
  if (opts.textOptional !== undefined) await updateClass(c.id, { pupilTextOptional: opts.textOptional });
  await addPupilsFromText(c.id, 'Ola\nKari\nSara\nأمل');
  const pupils = await listPupils(c.id);
  const byName = (n: string) => pupils.find((p) => p.name === n)!;
  history.replaceState(null, '', `/pupil?class=${c.id}`);
  return { c, pupils, byName };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('pupil mode steps', () => {
  it('step 1, "Who are you?": one big button per pupil, in any script', async () => {
    const { pupils } = await setup();
    const onPick = vi.fn();
    renderWithI18n(<WhoAreYouStep pupils={pupils} onPick={onPick} />);
    expect(screen.getByRole('heading', { name: 'Hvem er du?' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Hvem er du?' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    const amal = within(list).getByRole('button', { name: 'أمل' });
    expect(amal).toHaveAttribute('dir', 'auto');
    // The second tap of a double tap is ignored (it would land on the next step's screen).
    fireEvent.click(amal, { detail: 2 });
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.click(amal);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ name: 'أمل' }));
  });

  it('step 2, "Who did you notice?": everyone but yourself', async () => {
    const { pupils, byName } = await setup();
    const onPick = vi.fn();
    renderWithI18n(<WhoDidYouNoticeStep pupils={pupils} me={byName('Sara')} onPick={onPick} />, 'en');
    const list = screen.getByRole('list', { name: 'Who did you notice a strength in?' });
    expect(within(list).queryByRole('button', { name: 'Sara' })).not.toBeInTheDocument();
    fireEvent.click(within(list).getByRole('button', { name: 'Ola' }));
    expect(onPick).toHaveBeenCalledWith(byName('Ola'));
  });

  it('step 3, "Which strength?": focus first, the definition on demand, read aloud only with a local voice', async () => {
    const { byName } = await setup();
    const strengths = await listStrengths();
    const speak = vi.fn();
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [
        { lang: 'nb-NO', localService: false, name: 'Online' },
        { lang: 'nb-NO', localService: true, name: 'Lokal' },
      ],
      speak,
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown;
        lang = '';
        rate = 1;
        constructor(public text: string) {}
      },
    );
    const onPick = vi.fn();
    const patience = strengths.find((s) => s.key === 'patience')!;
    renderWithI18n(
      <PupilStrengthStep
        target={byName('Ola')}
        strengths={[patience, ...strengths.filter((s) => s !== patience)]}
        focusIds={[patience.id]}
        onPick={onPick}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Hvilken styrke viste Ola?' })).toBeInTheDocument();
    const grid = screen.getByRole('list', { name: 'Styrkene' });
    expect(within(grid).getAllByRole('listitem')[0]).toHaveTextContent('Tålmodighet');
    expect(within(grid).getAllByRole('listitem')[0]).toHaveTextContent('Fokus');
    fireEvent.click(screen.getByRole('button', { name: 'Hva betyr Omsorg?' }));
    expect(
      screen.getByText('Å merke hvordan andre har det, og gjøre noe for at de skal ha det godt.'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Les høyt' }));
    expect(speak).toHaveBeenCalledTimes(1);
    const utterance = speak.mock.calls[0]![0] as { text: string; voice: { name: string } };
    expect(utterance.text).toContain('Omsorg.');
    expect(utterance.voice.name).toBe('Lokal');
    fireEvent.click(screen.getByRole('button', { name: 'Velg Omsorg' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ key: 'care' }));
  });

  it('step 3 has no read-aloud button when only online voices exist', async () => {
    const { byName } = await setup();
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'nb-NO', localService: false }],
      speak: vi.fn(),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    renderWithI18n(
      <PupilStrengthStep
        target={byName('Ola')}
        strengths={await listStrengths()}
        focusIds={[]}
        onPick={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hva betyr Mot?' }));
    expect(screen.queryByRole('button', { name: 'Les høyt' })).not.toBeInTheDocument();
  });

  it('step 4, "What did they do?": asks for words, counts characters, and a double tap sends once', async () => {
    const { byName } = await setup();
    const [care] = await listStrengths();
    let release: (ok: boolean) => void = () => {};
    const onSend = vi.fn(() => new Promise<boolean>((r) => (release = r)));
    renderWithI18n(
      <PupilTextStep target={byName('Ola')} strength={care!} optional={false} onSend={onSend} />,
    );
    expect(screen.getByRole('heading', { name: 'Hva gjorde Ola?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv noen ord om hva Ola gjorde.');
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Du hjalp meg med …' }));
    const box = screen.getByLabelText('Skriv hva du så');
    expect(box).toHaveValue('Du hjalp meg med ');
    fireEvent.input(box, { target: { value: 'x'.repeat(281) } });
    expect(screen.getByText('281 av 280 tegn')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kort den ned til 280 tegn');
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'hjalp meg med lekser 📚' } });
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(onSend).toHaveBeenCalledTimes(1);
    await act(async () => release(true));
  });

  it('step 4 may be sent empty when the class makes the text optional', async () => {
    const { byName } = await setup();
    const [care] = await listStrengths();
    const onSend = vi.fn(async () => true);
    renderWithI18n(<PupilTextStep target={byName('Ola')} strength={care!} optional onSend={onSend} />, 'en');
    expect(screen.getByText('You can write what you saw, or just press Send.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith(''));
  });

  it('the thank-you goes back to the start by itself', () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    renderWithI18n(<PupilThanksStep targetName="Ola" onDone={onDone} />);
    expect(screen.getByRole('heading', { name: 'Takk!' })).toBeInTheDocument();
    expect(screen.getByText(/la merke til det hos Ola/)).toBeInTheDocument();
    vi.advanceTimersByTime(THANKS_MS - 1);
    expect(onDone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('pupil mode, the whole way through', () => {
  it('saves a waiting recognition from the pupil and shows nobody else’s words', async () => {
    const { c, byName } = await setup();
    const strengths = await listStrengths();
    const courage = strengths.find((s) => s.key === 'courage')!;
    await setFocus(c.id, [strengths.find((s) => s.key === 'honesty')!.id], 'thisWeek');
    await setStarters('pupil', 'nb', ['sa ifra', 'heiet på']);
    renderWithI18n(<PupilScreen />);
    fireEvent.click(
      within(await screen.findByRole('list', { name: 'Hvem er du?' })).getByRole('button', { name: 'Kari' }),
    );
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Hvem så du en styrke hos?' })).getByRole('button', {
        name: 'Ola',
      }),
    );
    const grid = screen.getByRole('list', { name: 'Styrkene' });
    expect(within(grid).getAllByRole('listitem')[0]).toHaveTextContent('Ærlighet');
    // Back goes one step back; forward again.
    fireEvent.click(screen.getByRole('button', { name: /Tilbake/ }));
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Hvem så du en styrke hos?' })).getByRole('button', {
        name: 'Sara',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mot' }));
    // The teacher's own starter phrases replace the built-in ones.
    expect(await screen.findByRole('button', { name: 'sa ifra …' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Du hjalp meg med …' })).not.toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Skriv hva du så'), {
      target: { value: '  sa ifra da noen ble ertet  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(await screen.findByRole('heading', { name: 'Takk!' })).toBeInTheDocument();
    const all = await db().recognitions.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      pupilId: byName('Sara').id,
      strengthId: courage.id,
      text: 'sa ifra da noen ble ertet',
      status: 'waiting',
      source: 'pupil',
      noticedBy: { kind: 'pupil', pupilId: byName('Kari').id },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ferdig' }));
    expect(await screen.findByRole('heading', { name: 'Hvem er du?' })).toBeInTheDocument();
    expect(screen.queryByText(/ertet/)).not.toBeInTheDocument();
  });

  it('says so when the class is missing', async () => {
    history.replaceState(null, '', '/pupil?class=nope');
    renderWithI18n(<PupilScreen />, 'en');
    expect(await screen.findByText(/No class found/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Leave pupil mode/ })).toBeInTheDocument();
  });
});
