// Storage safety in settings: asks for persistent storage and shows the answer, usage and quota.
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageSection } from '../../src/screens/settings/StorageSection';
import { renderWithI18n } from './helpers/render';

function fakeStorage(opts: { persisted: boolean; grant: boolean }) {
  const persist = vi.fn().mockResolvedValue(opts.grant);
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: vi.fn().mockResolvedValue(opts.persisted),
      persist,
      estimate: vi.fn().mockResolvedValue({ usage: 3.5 * 1024 * 1024, quota: 10 * 1024 ** 3 }),
    },
  });
  return persist;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('storage section', () => {
  it('asks for persistent storage and shows that it was granted, with usage and quota', async () => {
    const persist = fakeStorage({ persisted: false, grant: true });
    renderWithI18n(<StorageSection />);
    expect(
      await screen.findByText('Nettleseren har lovet å ikke slette dataene av seg selv.'),
    ).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Brukt 3,5 MB av 10 GB som nettleseren gir appen\.$/)).toBeInTheDocument();
  });

  it('says plainly when the browser refuses, and offers to ask again', async () => {
    fakeStorage({ persisted: false, grant: false });
    renderWithI18n(<StorageSection />, 'en');
    expect(
      await screen.findByText('The browser said no to persistent storage. Download backups regularly.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask for persistent storage' })).toBeInTheDocument();
  });

  it('does not ask again when the data is already kept', async () => {
    const persist = fakeStorage({ persisted: true, grant: true });
    renderWithI18n(<StorageSection />);
    expect(
      await screen.findByText('Nettleseren har lovet å ikke slette dataene av seg selv.'),
    ).toBeInTheDocument();
    expect(persist).not.toHaveBeenCalled();
  });
});
