import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BlocMembers } from './bloc-members';
import { BlocPlan } from './bloc-plan';

/** The bloc and its year: members and rules, the plan tied to the resolutions. */
@Component({
  selector: 'app-plan-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BlocMembers, BlocPlan],
  template: `<app-bloc-plan /><app-bloc-members />`,
})
export class PlanTab {}
