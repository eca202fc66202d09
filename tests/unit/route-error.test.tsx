import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { I18nProvider } from '../../src/i18n/i18n';
import { RouteErrorBoundary } from '../../src/ui/RouteErrorBoundary';
import { freshDatabase } from './helpers/db';
import { CATALOGUES, renderWithI18n } from './helpers/render';

freshDatabase();

function Broken(): never {
  throw new Error('a screen with a bug');
}

describe('a broken address or a screen that throws', () => {
  it('a malformed address (/class/%E0) says the page does not exist, with a way home', async () => {
    history.replaceState(null, '', '/class/%E0');
    render(<App initial={{ lang: 'nb', m: CATALOGUES.nb }} />);
    expect(await screen.findByRole('heading', { name: 'Denne siden finnes ikke.' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Gå til forsiden' }));
    expect(await screen.findByText(/Du har ingen klasser ennå/)).toBeInTheDocument();
    expect(location.pathname).toBe('/');
  });

  it('the charts address with a malformed class is not found either', async () => {
    history.replaceState(null, '', '/class/%E0/charts');
    render(<App initial={{ lang: 'en', m: CATALOGUES.en }} />);
    expect(await screen.findByRole('heading', { name: 'This page does not exist.' })).toBeInTheDocument();
  });

  it.each([
    ['nb', 'Noe gikk galt, og denne siden kan ikke vises.', 'Gå til forsiden'],
    ['nn', 'Noko gjekk gale, og denne sida kan ikkje visast.', 'Gå til framsida'],
    ['en', 'Something went wrong, and this page cannot be shown.', 'Go to the home page'],
  ] as const)('a screen that throws shows a plain message and a link home (%s)', (lang, text, home) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(
      <RouteErrorBoundary>
        <Broken />
      </RouteErrorBoundary>,
      lang,
    );
    expect(screen.getByRole('heading', { name: text })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: home })).toHaveAttribute('href', '/');
    expect(logged).toHaveBeenCalled();
  });

  it('a screen whose code cannot load shows the message instead of loading for ever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lazy } = await import('../../src/ui/lazy');
    const Never = lazy<object>(() => Promise.reject(new Error('offline, not cached')));
    render(
      <I18nProvider initial={{ lang: 'en', m: CATALOGUES.en }}>
        <RouteErrorBoundary>
          <Never />
        </RouteErrorBoundary>
      </I18nProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong, and this page cannot be shown.' }),
    ).toBeInTheDocument();
  });
});
