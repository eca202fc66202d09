// The privacy statement tells the truth for the build it is in: without a sync server it says there is
// no server and nothing is shared; a build for a school's server names that server, says nothing is
// shared until a teacher connects a class, and what the server can and cannot see (docs/privacy.md).
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivacyStatement } from '../../src/screens/privacy/PrivacyStatement';
import { renderWithI18n } from './helpers/render';

afterEach(() => {
  vi.unstubAllGlobals();
});

function syncBuild() {
  vi.stubGlobal('__DK_SYNC__', true);
  vi.stubGlobal('__DK_SYNC_ORIGINS__', ['https://dk-sync.kommune.no']);
}

describe('the privacy statement', () => {
  it('in a build without a server: no server, nothing shared, no sharing section', () => {
    renderWithI18n(<PrivacyStatement />, 'nb');
    expect(screen.getByText('Ingen konto, ingen innlogging og ingen server.')).toBeInTheDocument();
    expect(screen.getByText(/Ingenting deles mellom maskiner/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Deling mellom maskiner' })).toBeNull();
    expect(screen.queryByText(/dk-sync\.kommune\.no/)).toBeNull();
  });

  it('in a build for a school server: names it, and never claims there is no server', () => {
    syncBuild();
    renderWithI18n(<PrivacyStatement />, 'nb');
    expect(screen.getByRole('heading', { name: 'Deling mellom maskiner' })).toBeInTheDocument();
    expect(screen.getByText(/skolens egen server \(dk-sync\.kommune\.no\)/)).toBeInTheDocument();
    expect(screen.getByText(/Ingenting deles før en lærer kobler en klasse til/)).toBeInTheDocument();
    expect(screen.getByText(/ser aldri elevnavn, tekster eller klassens navn/)).toBeInTheDocument();
    expect(screen.getByText(/Serveren ser likevel hvor mange dokumenter/)).toBeInTheDocument();
    expect(screen.queryByText(/ingen server/i)).toBeNull();
    expect(screen.queryByText(/Ingenting deles mellom maskiner/)).toBeNull();
  });

  it.each([
    ['nn', 'Deling mellom maskiner', /den eigne tenaren til skulen \(dk-sync\.kommune\.no\)/, /ingen tenar/i],
    ['en', 'Sharing between devices', /the school’s own server \(dk-sync\.kommune\.no\)/, /no server/i],
  ] as const)('in %s too', (lang, heading, names, claim) => {
    syncBuild();
    renderWithI18n(<PrivacyStatement />, lang);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByText(names)).toBeInTheDocument();
    expect(screen.queryByText(claim)).toBeNull();
  });
});
