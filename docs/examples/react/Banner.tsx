import type { ConsentChangeDetail } from 'consentry';
import 'consentry/react';

/** Consentry's banner in a React 19 template: attributes, a property (`lang`) and an event, all typed. */
export default function Banner({ lang, onDecision }: { lang: string; onDecision: (detail: ConsentChangeDetail) => void }) {
  return <consent-banner categories="analytics advertising" layout="box" lang={lang} onconsent-change={(event) => onDecision(event.detail)} />;
}
