import { Directive, ElementRef, Injector, afterEveryRender, afterNextRender, inject } from '@angular/core';
import { ControlContainer } from '@angular/forms';

/** The element of a form control that takes focus and carries its ARIA state (a mat-checkbox's own input, say). */
export function focusTarget(control: Element): HTMLElement | null {
  if (control.matches('input, select, textarea, [tabindex]')) return control as HTMLElement;
  return control.querySelector<HTMLElement>('input, select, textarea, [tabindex]:not([tabindex="-1"])');
}

/** The controls of a form (elements Angular forms mark `ng-invalid`/`ng-valid`), in document order. */
function controlsOf(form: HTMLElement): Element[] {
  return Array.from(
    form.querySelectorAll(
      '.ng-valid:not(form):not([ngModelGroup]):not([formGroupName]):not([formArrayName]),' +
        '.ng-invalid:not(form):not([ngModelGroup]):not([formGroupName]):not([formArrayName])',
    ),
  );
}

/**
 * `<form appAccessibleForm>`, on every form of the app: WCAG 3.3.1 and 2.4.3. After a submission that
 * leaves a field invalid, the first invalid field takes the focus; an invalid field the user has left or submitted
 * carries `aria-invalid="true"`. Angular Material leaves `aria-invalid` off an empty required input (so that it is not
 * announced as invalid before anyone typed); once the form was submitted, it is invalid and says so. The messages
 * themselves are `mat-error`s, which Material links to their field with `aria-describedby`.
 */
@Directive({
  selector: '[appAccessibleForm]',
  host: { '(submit)': 'submitted()' },
  exportAs: 'accessibleForm',
})
export class AccessibleForm {
  private readonly form = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;
  private readonly container = inject(ControlContainer, {
    self: true,
    optional: true,
  });
  private readonly injector = inject(Injector);
  /** The fields this directive marked invalid (Material keeps the others). */
  private readonly marked = new WeakSet<Element>();

  constructor() {
    afterEveryRender(() => this.sync());
  }

  /** Moves the focus to the first invalid field, if any; returns whether there was one. */
  focusFirstInvalid(): boolean {
    this.sync();
    const first = controlsOf(this.form).find((c) => c.classList.contains('ng-invalid'));
    const target = first && focusTarget(first);
    if (!target) return false;
    target.focus();
    return true;
  }

  /** The same once the screen has rendered, e.g. after the server refused the form and its errors were put on it. */
  focusFirstInvalidAfterRender(): void {
    afterNextRender(() => this.focusFirstInvalid(), {
      injector: this.injector,
    });
  }

  protected submitted(): void {
    // After the submit handler ran and the errors rendered.
    this.focusFirstInvalidAfterRender();
  }

  private wasSubmitted(): boolean {
    const container = this.container as { submitted?: boolean } | null;
    return container?.submitted === true;
  }

  private sync(): void {
    const submitted = this.wasSubmitted();
    for (const control of controlsOf(this.form)) {
      const target = focusTarget(control);
      if (!target) continue;
      const invalid = control.classList.contains('ng-invalid') && (submitted || control.classList.contains('ng-touched'));
      if (invalid) {
        if (target.getAttribute('aria-invalid') !== 'true') {
          target.setAttribute('aria-invalid', 'true');
          this.marked.add(target);
        }
      } else if (this.marked.has(target)) {
        this.marked.delete(target);
        target.removeAttribute('aria-invalid');
      }
    }
  }
}
