import { DOCUMENT } from '@angular/common';
import { type EnvironmentProviders, type Provider, inject, provideAppInitializer } from '@angular/core';
import { MAT_BUTTON_CONFIG } from '@angular/material/button';

/**
 * Stops a click (and the form submission it would start) on a button marked `aria-disabled="true"`. Runs in the
 * capture phase on the document, before any handler of the button or its form.
 */
export function haltDisabledClick(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const button = target.closest('button[aria-disabled="true"]');
  if (!button) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Material buttons stay focusable while disabled (`disabledInteractive`: `aria-disabled` instead of `disabled`). A
 * focused button that a screen disables while it works ("Tra cứu", "Lưu", "Đăng nhập") no longer drops the focus to
 * `<body>` (WCAG 2.4.3), and a disabled action can still be found with the keyboard. Clicks on such a button, and the
 * implicit submission of its form by Enter, are stopped here in one place.
 */
export function provideInteractiveDisabledButtons(): (Provider | EnvironmentProviders)[] {
  return [
    { provide: MAT_BUTTON_CONFIG, useValue: { disabledInteractive: true } },
    provideAppInitializer(() => {
      inject(DOCUMENT).addEventListener('click', haltDisabledClick, true);
    }),
  ];
}
