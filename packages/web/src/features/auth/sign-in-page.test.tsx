import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../app';
import { apiError, fakeFetch, renderWithApi, TEST_USER } from '../../testing/fake-api';
import { SignInPage } from './sign-in-page';

afterEach(cleanup);

const fill = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('signing in', () => {
  it('shows the server’s refusal in words', async () => {
    const { fetch, calls } = fakeFetch(() =>
      apiError(401, 'unauthenticated', 'Wrong email or password'),
    );
    renderWithApi(<SignInPage />, { fetch, session: { status: 'signed-out', notice: null } });
    fill('dana@example.com', 'not-it');
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password');
    expect(calls[0]?.body).toEqual({ email: 'dana@example.com', password: 'not-it' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
  });

  it('explains rate limiting and unreachable servers too', async () => {
    const { fetch } = fakeFetch(() => ({ status: 429, body: { nonsense: true } }));
    renderWithApi(<SignInPage />, { fetch, session: { status: 'signed-out', notice: null } });
    fill('dana@example.com', 'x');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something went wrong on the server. Try again.',
    );
  });

  it('asks for both fields before calling the server', () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 500 }));
    renderWithApi(<SignInPage />, { fetch, session: { status: 'signed-out', notice: null } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your email and password.');
    expect(calls).toHaveLength(0);
  });

  it('goes from a 401 on /me to the sign-in page, and in with the CSRF token kept for writes', async () => {
    let signedIn = false;
    const { fetch, calls } = fakeFetch((call) => {
      if (call.path === '/api/v1/me')
        return signedIn
          ? { status: 200, body: { user: TEST_USER, csrfToken: 'tok-1' } }
          : apiError(401, 'unauthenticated', 'Sign in first');
      if (call.path === '/api/v1/session' && call.method === 'POST') {
        signedIn = true;
        return { status: 200, body: { user: TEST_USER, csrfToken: 'tok-1' } };
      }
      if (call.path === '/api/v1/session' && call.method === 'DELETE')
        return { status: 200, body: { ok: true } };
      if (call.path === '/api/v1/productions') return { status: 200, body: { productions: [] } };
      if (call.path.startsWith('/api/v1/approvals')) return { status: 200, body: { requests: [] } };
      return apiError(404, 'not-found', 'nope');
    });
    window.history.replaceState(null, '', '/');
    render(<App fetch={fetch} />);
    await screen.findByLabelText('Email');
    fill('dana@example.com', 'correct horse');
    expect(await screen.findByText('You are not on any production yet')).toBeTruthy();
    expect(screen.getByTestId('current-user').textContent).toContain('Dana Reyes');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    const signOut = calls.find((c) => c.method === 'DELETE');
    expect(signOut?.headers['x-csrf-token']).toBe('tok-1');
    await waitFor(() => expect(screen.getByLabelText('Email')).toBeTruthy());
  });
});
