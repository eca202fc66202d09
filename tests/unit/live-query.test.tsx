// A live read that fails shows a plain message, not "loading" for ever (issue 17, useLiveQuery).
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearError } from '../../src/app-errors';
import { createClass } from '../../src/data/classes';
import { useLiveQuery } from '../../src/data/live';
import { ClassScreen } from '../../src/screens/class/ClassScreen';
import { RouteErrorBoundary } from '../../src/ui/RouteErrorBoundary';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

const ref = freshDatabase();

function Reads(props: { query: () => Promise<string> }) {
  const value = useLiveQuery(props.query, []);
  return <p>{value ?? 'Laster …'}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
  clearError();
});

describe('useLiveQuery when its query throws', () => {
  it.each([
    ['nb', 'Denne siden fikk ikke lest dataene sine', 'Last siden på nytt'],
    ['nn', 'Denne sida fekk ikkje lese dataa sine', 'Last sida på nytt'],
    ['en', 'This page could not read its data', 'Reload the page'],
  ] as const)('the screen says so in plain words, with a reload button (%s)', async (lang, text, reload) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(
      <RouteErrorBoundary>
        <Reads query={() => Promise.reject(new TypeError('a query that breaks'))} />
      </RouteErrorBoundary>,
      lang,
    );
    expect(await screen.findByRole('heading', { name: text })).toBeInTheDocument();
    expect(screen.getByText(/^(Ingenting er slett|Nothing has been deleted)/)).toBeInTheDocument();
    expect(screen.queryByText('Laster …')).toBeNull();
    const reloadSpy = vi.fn();
    vi.stubGlobal('location', { ...location, reload: reloadSpy });
    fireEvent.click(screen.getByRole('button', { name: reload }));
    expect(reloadSpy).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('a real screen whose read fails (the pupils table) shows the message instead of loading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = await createClass({ name: '4B', yearGroup: 4 });
    vi.spyOn(ref.current.pupils, 'where').mockImplementation(() => {
      throw new DOMException('The data could not be read.', 'UnknownError');
    });
    renderWithI18n(
      <RouteErrorBoundary>
        <ClassScreen classId={c.id} />
      </RouteErrorBoundary>,
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Denne siden fikk ikke lest dataene sine',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });

  it('a query that throws at once (not a rejected promise) is caught too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(
      <RouteErrorBoundary>
        <Reads
          query={() => {
            throw new TypeError('a query that breaks before it awaits');
          }}
        />
      </RouteErrorBoundary>,
      'en',
    );
    expect(
      await screen.findByRole('heading', {
        name: 'This page could not read its data',
      }),
    ).toBeInTheDocument();
  });

  it('a query that succeeds is shown as before', async () => {
    renderWithI18n(
      <RouteErrorBoundary>
        <Reads query={() => Promise.resolve('Emma')} />
      </RouteErrorBoundary>,
    );
    expect(await screen.findByText('Emma')).toBeInTheDocument();
  });
});
