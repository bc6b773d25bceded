import { useState, type FormEvent } from 'react';

/** Development sign-in: paste a token (`npm run token`). A real deployment puts its identity provider here. */
export function SignIn({ onToken }: { onToken: (token: string) => boolean }) {
  const [token, setToken] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInvalid(!onToken(token.trim()));
  };
  return (
    <main>
      <h1>Sign in</h1>
      <form onSubmit={submit}>
        <label htmlFor="token">Access token</label>
        <textarea id="token" value={token} onChange={(event) => setToken(event.target.value)} />
        <button type="submit">Sign in</button>
        {invalid && <p role="alert">That is not a token.</p>}
      </form>
    </main>
  );
}
