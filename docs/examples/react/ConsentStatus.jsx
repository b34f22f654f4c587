import { useAllowed, useConsent } from 'consentry/react';

/** Tells the visitor what they chose. Renders the same on the server and while hydrating. */
export default function ConsentStatus() {
  const { decided } = useConsent();
  const analytics = useAllowed('analytics');
  if (!decided) return <p>You have not chosen yet.</p>;
  return <p>Analytics is {analytics ? 'on' : 'off'}.</p>;
}
