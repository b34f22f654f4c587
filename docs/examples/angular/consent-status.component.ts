import { Component, computed, CUSTOM_ELEMENTS_SCHEMA, DestroyRef, inject, input, output, signal } from '@angular/core';
import type { ConsentChangeDetail } from 'consentry';
import { consent, type ConsentSnapshot } from 'consentry/store';

/** Consentry's banner in an Angular template (attributes, a property, an event) and the visitor's choice. */
@Component({
  selector: 'app-consent-status',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <consent-banner
      categories="analytics advertising"
      layout="box"
      [lang]="lang()"
      (consent-change)="changed($event)"
    ></consent-banner>
    @if (!snapshot()?.decided) {
      <p>You have not chosen yet.</p>
    } @else {
      <p>Analytics is {{ analytics() ? 'on' : 'off' }}.</p>
    }
  `,
})
export class ConsentStatusComponent {
  readonly lang = input('en');
  readonly decision = output<ConsentChangeDetail>();
  protected readonly snapshot = signal<ConsentSnapshot | undefined>(undefined);
  protected readonly analytics = computed(() => this.snapshot()?.categories['analytics'] === true);

  constructor() {
    // The store calls back at once and after every change; stop listening with the component.
    const off = consent.subscribe((s) => this.snapshot.set(s));
    inject(DestroyRef).onDestroy(off);
  }

  protected changed(event: Event) {
    this.decision.emit((event as CustomEvent<ConsentChangeDetail>).detail);
  }
}
