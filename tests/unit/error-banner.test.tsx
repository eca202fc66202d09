// The banner shows an error reported in the moment between its first render and its subscription
// (a database that fails to open while the page starts): it was missed before, on a busy machine.
import { screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { clearError, reportError } from '../../src/app-errors';
import { I18nProvider } from '../../src/i18n/i18n';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { OpenFailedHelp } from '../../src/ui/OpenFailedHelp';
import { CATALOGUES } from './helpers/render';

describe('an error reported while the banner mounts', () => {
  it('is shown, with the restore help', async () => {
    clearError();
    const root = document.createElement('div');
    document.body.append(root);
    // Plain Preact render (no act): effects, and so the subscriptions, run later.
    render(
      <I18nProvider initial={{ lang: 'nb', m: CATALOGUES.nb }}>
        <ErrorBanner />
        <OpenFailedHelp />
      </I18nProvider>,
      root,
    );
    reportError('openFailed', new DOMException('simulated corrupt database', 'UnknownError'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Appen får ikke åpnet dataene sine'),
    );
    expect(await screen.findByRole('link', { name: 'Hent inn fra en sikkerhetskopi' })).toBeInTheDocument();
    render(null, root);
    root.remove();
    clearError();
  });
});
