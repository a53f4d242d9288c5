import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { useSession } from '../../session/session-context';
import { ErrorMessage, Notice } from '../../ui/feedback';

/** Email and password; the session cookie is set by the server, the CSRF token kept in memory. */
export const SignInPage = () => {
  const { state, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = state.status === 'signed-out' ? state.notice : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <div className="sign-in__panel">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          Greenlight
        </div>
        <p className="sign-in__tagline">Production management for film and television</p>
        <form
          className="sign-in__form"
          onSubmit={(event) => void submit(event)}
          aria-label="Sign in"
          noValidate
        >
          <h1 className="sign-in__title">Sign in</h1>
          {notice && !error ? <Notice tone="warning">{notice}</Notice> : null}
          {error ? <ErrorMessage>{error}</ErrorMessage> : null}
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input
              id="sign-in-email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </div>
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
};
