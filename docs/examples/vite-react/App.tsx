import { useAllowed } from 'consentry/react';

/** The banner, a privacy notice, a listener and the visitor's choice, in a React 19 app. */
export default function App() {
  const analytics = useAllowed('analytics');
  return (
    <main>
      <h1>My app</h1>
      <p>Analytics is {analytics ? 'on' : 'off'}.</p>
      <a href="#" data-consent-open>
        Cookie settings
      </a>
      <privacy-notice heading-level={2}></privacy-notice>
      <consent-banner
        config="#consent-config"
        policy-url="/privacy"
        onconsent-change={(event) => console.log('analytics allowed:', event.detail.categories.analytics)}
      />
    </main>
  );
}
