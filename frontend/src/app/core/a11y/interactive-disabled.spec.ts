import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideInteractiveDisabledButtons } from './interactive-disabled';

@Component({
  imports: [FormsModule, MatButtonModule],
  template: `<form (ngSubmit)="submits = submits + 1">
    <input name="q" [(ngModel)]="q" />
    <button mat-flat-button type="submit" [disabled]="busy()" (click)="clicks = clicks + 1">Tra cứu</button>
  </form>`,
})
class Busy {
  q = '';
  readonly busy = signal(false);
  clicks = 0;
  submits = 0;
}

describe('provideInteractiveDisabledButtons', () => {
  it('keeps a disabled button focusable and stops its clicks and its form', async () => {
    TestBed.configureTestingModule({
      providers: [provideInteractiveDisabledButtons()],
    });
    const fixture = TestBed.createComponent(Busy);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    button.focus();

    fixture.componentInstance.busy.set(true);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);

    button.click();
    expect(fixture.componentInstance.clicks).toBe(0);
    expect(fixture.componentInstance.submits).toBe(0);

    fixture.componentInstance.busy.set(false);
    fixture.detectChanges();
    await fixture.whenStable();
    button.click();
    expect(fixture.componentInstance.clicks).toBe(1);
    expect(fixture.componentInstance.submits).toBe(1);
    (fixture.nativeElement as HTMLElement).remove();
  });
});
