import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { AgencyDto, RaiseOpinionCaseItem } from '@tiep-dan/contracts';
import { communeAgencies, lines } from './dialogue-labels';
import { OpinionCasesPicker, type PickableOpinion } from './opinion-cases-picker';

const agency = (id: string, kind: AgencyDto['kind'], communeId: string | null, name = id): AgencyDto => ({
  id,
  parentId: null,
  kind,
  code: id,
  name,
  remoteArea: false,
  communeId,
  provinceId: 'p',
  active: true,
});

describe('OpinionCasesPicker', () => {
  const opinions: PickableOpinion[] = [
    {
      id: 'o1',
      seq: 1,
      raisedBy: 'Bà Mơ',
      content: 'Đèn hỏng',
      caseId: null,
      caseCode: null,
    },
    {
      id: 'o2',
      seq: 2,
      raisedBy: null,
      content: 'Cống tắc',
      caseId: 'c2',
      caseCode: 'PA-2026-000002',
    },
    {
      id: 'o3',
      seq: 3,
      raisedBy: null,
      content: 'Đường hẹp',
      caseId: null,
      caseCode: null,
    },
  ];

  function render() {
    TestBed.configureTestingModule({
      imports: [OpinionCasesPicker],
      providers: [provideRouter([]), provideNoopAnimations()],
    });
    const fixture = TestBed.createComponent(OpinionCasesPicker);
    fixture.componentRef.setInput('opinions', opinions);
    fixture.componentRef.setInput('agencies', [agency('land', 'unit', 'c'), agency('police', 'unit', 'c')]);
    fixture.detectChanges();
    return fixture;
  }

  it('emits the ticked opinions with their type and agency, and links those already cases', () => {
    const fixture = render();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="opinion-case"]')?.textContent?.trim()).toBe('PA-2026-000002');
    expect(root.querySelector('[data-testid="pick-2"]')).toBeNull();
    const emitted: RaiseOpinionCaseItem[][] = [];
    fixture.componentInstance.raise.subscribe((items) => emitted.push(items));

    (root.querySelector('[data-testid="pick-3"] input') as HTMLInputElement).click();
    fixture.detectChanges();
    const agencySelect = root.querySelector('[data-testid="agency-3"]') as HTMLSelectElement;
    agencySelect.value = agencySelect.options[1].value;
    agencySelect.dispatchEvent(new Event('change'));
    const typeSelect = root.querySelector('[data-testid="type-3"]') as HTMLSelectElement;
    typeSelect.value = typeSelect.options[1].value;
    typeSelect.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const button = root.querySelector('[data-testid="create-cases"]') as HTMLButtonElement;
    expect(button.textContent).toContain('1');
    button.click();

    expect(emitted).toEqual([[{ opinionId: 'o3', type: 'reflection', leadAgencyId: 'police' }]]);
  });

  it('offers complaints and denunciations, and says a denunciation seals its raiser', () => {
    const fixture = render();
    const root = fixture.nativeElement as HTMLElement;
    const typeSelect = root.querySelector('[data-testid="type-1"]') as HTMLSelectElement;
    expect(Array.from(typeSelect.options).map((o) => o.value)).toEqual(['proposal', 'reflection', 'complaint', 'denunciation']);
    (root.querySelector('[data-testid="pick-1"] input') as HTMLInputElement).click();
    fixture.detectChanges();
    expect(root.querySelector('[data-testid="denunciation-sealed"]')).toBeNull();
    typeSelect.value = 'denunciation';
    typeSelect.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(root.querySelector('[data-testid="denunciation-sealed"]')?.textContent).toContain('Điều 47');
  });
});

describe('dialogue helpers', () => {
  it('splits lines and drops blanks', () => {
    expect(lines(' Ông A \n\n Bà B ')).toEqual(['Ông A', 'Bà B']);
  });

  it('offers the commune and its own units as handling agencies', () => {
    const all = [agency('c', 'commune', 'c'), agency('u1', 'unit', 'c'), agency('u2', 'unit', 'other'), agency('p', 'province', null)];
    expect(communeAgencies(all, 'c').map((a) => a.id)).toEqual(['c', 'u1']);
    expect(communeAgencies(all, null)).toEqual([]);
  });
});
