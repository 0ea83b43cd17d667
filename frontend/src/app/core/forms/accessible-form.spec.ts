import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { AccessibleForm } from './accessible-form';

@Component({
  imports: [AccessibleForm, ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `<form appAccessibleForm [formGroup]="form" (ngSubmit)="submits = submits + 1">
    <mat-form-field>
      <mat-label>Họ và tên</mat-label>
      <input matInput id="name" formControlName="name" />
    </mat-form-field>
    <mat-form-field>
      <mat-label>Số CCCD</mat-label>
      <input matInput id="idNumber" formControlName="idNumber" />
      <mat-error id="id-error">Chưa nhập.</mat-error>
    </mat-form-field>
    <button id="save" type="submit">Lưu</button>
  </form>`,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('Nguyễn Văn Bình'),
    idNumber: new FormControl('', Validators.required),
  });
  submits = 0;
}

describe('AccessibleForm', () => {
  it('after a failed submit marks the empty required field invalid, links its message and focuses it', async () => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(Host);
    const root = fixture.nativeElement as HTMLElement;
    document.body.appendChild(root);
    await fixture.whenStable();
    const idNumber = root.querySelector('#idNumber') as HTMLInputElement;
    // Not announced as invalid before anyone tried.
    expect(idNumber.getAttribute('aria-invalid')).not.toBe('true');

    (root.querySelector('#save') as HTMLButtonElement).focus();
    (root.querySelector('#save') as HTMLButtonElement).click();
    fixture.detectChanges();
    await fixture.whenStable();

    expect(idNumber.getAttribute('aria-invalid')).toBe('true');
    expect(idNumber.getAttribute('aria-describedby')).toContain('id-error');
    expect(document.activeElement).toBe(idNumber);
    expect((root.querySelector('#name') as HTMLInputElement).getAttribute('aria-invalid')).not.toBe('true');

    idNumber.value = '001200012345';
    idNumber.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(idNumber.getAttribute('aria-invalid')).not.toBe('true');
    root.remove();
  });
});
