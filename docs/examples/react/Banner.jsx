/** Consentry's banner in a React 19 template: attributes, a property (`lang`) and an event. */
export default function Banner({ lang, onDecision }) {
  return (
    <consent-banner
      categories="analytics advertising"
      layout="box"
      lang={lang}
      onconsent-change={(event) => onDecision(event.detail)}
    />
  );
}
