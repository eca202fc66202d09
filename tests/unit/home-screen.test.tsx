import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listClasses } from '../../src/data/classes';
import { HomeScreen } from '../../src/screens/home/HomeScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('home screen', () => {
  it('invites a newcomer to create a class or try the demo', async () => {
    renderWithI18n(<HomeScreen />);
    expect(await screen.findByText(/Du har ingen klasser ennå/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv en demoklasse' })).toBeInTheDocument();
  });

  it('refuses a class without a name, then creates one and opens it', async () => {
    renderWithI18n(<HomeScreen />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Create the class' }));
    expect(await screen.findByText('Please give the class a name.')).toBeInTheDocument();
    expect(await listClasses()).toHaveLength(0);
    fireEvent.input(screen.getByLabelText('Class name'), { target: { value: '6C' } });
    fireEvent.change(screen.getByLabelText('Year group'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the class' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/class\//));
    const [c] = await listClasses();
    expect(c).toMatchObject({ name: '6C', yearGroup: 6, isDemo: false });
    expect(await screen.findByRole('link', { name: /6C/ })).toBeInTheDocument();
  });

  it('switches language and remembers it', async () => {
    renderWithI18n(<HomeScreen />);
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Your classes' })).toBeInTheDocument();
    expect(localStorage.getItem('dk.lang')).toBe('en');
  });
});
